package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.lifecycle.SupplementState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.DeclarationNumberSupplement;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.ReferenceData;
import java.time.Instant;
import java.util.Map;

/**
 * The filters of the supplement query (补录信息查询, 001 ch.9), read from a call's query, each value a {@code 400} naming
 * its parameter when it cannot be read. The query screen's conditions are only in a picture of the manual; these are
 * those its text names for finding certificates to supplement — the issuer (海关原产地证书 / 贸促会原产证书), 证明类型
 * {@code type}, 出口商代码 {@code exporterCode} (the credit code, which coo4j writes as the message's 出口商代码), 证明创建日期
 * {@code createdFrom}–{@code createdTo}, 证明号 {@code number}, 协定编号 {@code agreement} (a type serving it), 证明签发日期
 * {@code issuedFrom}–{@code issuedTo} — and coo4j's: {@code state}, {@code actuallyExported} and a
 * {@code declarationNumber} the supplement names. Instants: start included, end excluded. Immutable.
 */
final class SupplementFilter {
    private static final ReferenceData REF = ReferenceData.defaults();

    private final Issuer issuer;
    private final String number;
    private final String type;
    private final String exporterCode;
    private final String agreement;
    private final QueryFilters.Range<Instant> created;
    private final QueryFilters.Range<Instant> issued;
    private final SupplementState state;
    private final Boolean actuallyExported;
    private final String declarationNumber;

    SupplementFilter(Map<String, String> query) {
        issuer = Params.enumValue(query, "issuer", Issuer.class);
        number = query.get("number");
        type = query.get("type");
        exporterCode = query.get("exporterCode");
        agreement = query.get("agreement");
        created = QueryFilters.instants(query, "createdFrom", "createdTo");
        issued = QueryFilters.instants(query, "issuedFrom", "issuedTo");
        state = Params.enumValue(query, "state", SupplementState.class);
        actuallyExported = Params.bool(query, "actuallyExported");
        declarationNumber = query.get("declarationNumber");
    }

    /** Whether the supplement {@code s} of the certificate approved as {@code r} is listed. */
    boolean test(CertificateRecord r, DeclarationNumberSupplement s) {
        Certificate c = r.certificate();
        return is(issuer, s.issuer()) && is(number, c.number()) && is(type, c.type())
                && is(exporterCode, c.creditCode())
                && (agreement == null || REF.certificateType(c.type()).map(t -> t.agreements().contains(agreement))
                        .orElse(false))
                && created.contains(r.createdAt()) && issued.contains(r.issuedAt()) && is(state, s.state())
                && is(actuallyExported, s.actuallyExported())
                && (declarationNumber == null || s.declarationNumbers().contains(declarationNumber));
    }
}
