package io.coo4j.testkit.internal;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.model.ImportInfoRow;
import io.coo4j.core.model.ImportStatusRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The partner customs' side of the networked import query (进口联网原产地证明查询, seed 000 ch.1): the status of an
 * inbound proof of origin by agreement + origin + proof number (the only combination the manual allows), and its
 * goods rows by those plus proof type, the HS code of item 1 and the issue date. Only agreements and origins in the
 * import scope of the agreements table ({@link NetworkedScope#imports()}) are answered, ECFA and the CEPAs only from their start date; the
 * proofs the partner customs sent are the samples of {@code partner-proofs.json}. Immutable, so thread-safe.
 */
final class NetworkedImportDesk {
    private final NetworkedScope scope;
    private final List<Proof> proofs;
    private final Clock clock;

    NetworkedImportDesk(NetworkedScope scope, Clock clock) {
        this.scope = scope;
        this.proofs = NetworkedScope.resource("partner-proofs.json", Proofs.class).proofs();
        this.clock = clock;
    }

    /** One goods item of an inbound proof. */
    record Item(int itemNumber, String hsCode, String unit) {
    }

    /** An inbound proof as the partner customs sent it. */
    record Proof(String agreement, String originCountry, String proofNumber, String proofType, LocalDate issueDate,
                 String status, Instant statusTime, List<Item> items) {
        Proof {
            items = List.copyOf(items);
        }
    }

    /** The file of sample proofs. */
    record Proofs(String source, List<Proof> proofs) {
    }

    /** The two calls of {@code docs/api.md}'s networked status table on the import side. */
    void register(Routes routes) {
        routes.on("GET networked/import/status", c -> Routes.Reply.ok(status(c.query())))
                .on("GET networked/import/info", c -> Routes.Reply.ok(info(c.query())));
    }

    ImportStatusRow status(Map<String, String> q) {
        Proof p = find(q);
        return new ImportStatusRow(p.agreement(), p.originCountry(), p.proofNumber(), p.status(), p.statusTime());
    }

    Map<String, Object> info(Map<String, String> q) {
        Proof p = find(q);
        String proofType = Params.required(q, "proofType");
        String hsCode = Params.required(q, "hsCode");
        Params.required(q, "issueDate");
        LocalDate issueDate = Params.date(q, "issueDate");
        boolean match = p.proofType().equals(proofType) && p.issueDate().equals(issueDate)
                && !p.items().isEmpty() && p.items().get(0).hsCode().equals(hsCode);
        if (!match) {
            throw ApiError.notFound("proof " + p.proofNumber() + " of type " + proofType + " issued " + issueDate
                    + " with item 1 under HS " + hsCode);
        }
        List<ImportInfoRow> rows = p.items().stream().map(i -> new ImportInfoRow(p.agreement(), p.originCountry(),
                p.proofNumber(), p.proofType(), i.hsCode(), p.issueDate(), p.status(), i.itemNumber(), i.unit())).toList();
        return Paging.page(rows, q);
    }

    /** The proof named by agreement, origin and number, after the scope check (seed 000). */
    private Proof find(Map<String, String> q) {
        String agreement = Params.required(q, "agreement");
        String origin = Params.required(q, "origin");
        String number = Params.required(q, "proof");
        if (!scope.covers(agreement)) {
            throw ApiError.invalid("agreement", "agreement " + agreement + " is not networked for imports; the import"
                    + " query covers " + scope.agreementCodes() + " (seed 000)");
        }
        LocalDate since = scope.since(agreement);
        if (since != null && LocalDate.now(clock.withZone(ChinaTime.ZONE)).isBefore(since)) {
            throw ApiError.invalid("agreement", "agreement " + agreement + " is networked for imports from " + since
                    + " (seed 000)");
        }
        List<String> origins = scope.countries(agreement);
        if (!origins.contains(origin)) {
            throw ApiError.invalid("origin", "under agreement " + agreement + " only proofs from " + origins
                    + " are networked (seed 000)");
        }
        return proofs.stream().filter(p -> p.agreement().equals(agreement) && p.originCountry().equals(origin)
                        && p.proofNumber().equals(number)).findFirst()
                .orElseThrow(() -> ApiError.notFound("proof " + number + " from " + origin + " under agreement " + agreement));
    }
}
