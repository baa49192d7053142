package io.coo4j.testkit.internal;

import io.coo4j.core.lifecycle.SupplementLifecycle;
import io.coo4j.core.lifecycle.SupplementOperation;
import io.coo4j.core.lifecycle.SupplementState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.DeclarationNumberSupplement;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.model.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Export declaration number supplements (报关单补录, 001 ch.9) of approved certificates, customs' or CCPIT's: "was the
 * consignment actually exported?" — yes with one or more 18-digit declaration numbers, no with none. Every change goes
 * through {@link SupplementLifecycle}; a submission is received (海关接收成功) one review delay later; an accepted
 * supplement may be deleted and redone, and a certificate may be supplemented again (二次补录: a new supplement).
 * Supplements are numbered 1, 2, … per certificate in the order made. Thread-safe: one lock.
 */
final class SupplementDesk {
    private final Review review;
    private final CertificateDesk certificates;
    private final Ledger<Entry> supplements = new Ledger<>("supplement");

    SupplementDesk(Review review, CertificateDesk certificates) {
        this.review = review;
        this.certificates = certificates;
    }

    /** The body of a supplement: whether the goods left, and the declaration numbers if they did. */
    record Request(Boolean actuallyExported, List<String> declarationNumbers) {
    }

    private static final class Entry {
        /** {@code NUMBER/SEQ}: the document id, unique among the certificate's supplements (and their events). */
        final String key;
        /** The certificate as approved when the supplement was made: its dates are what the query filters on. */
        final CertificateRecord approved;
        final Certificate certificate;
        final Issuer issuer;
        Request request;
        SupplementState state = SupplementState.DRAFT; // the table's initial state
        final List<Receipt> receipts = new ArrayList<>();

        /** What this record's receipts are about, for subscriptions by document. */
        Review.Subject subject() {
            return CertificateDesk.subject("supplement", key, certificate);
        }

        Entry(String key, CertificateRecord approved, Request request) {
            this.key = key;
            this.approved = approved;
            this.certificate = approved.certificate();
            this.issuer = CertificateUpkeepDesk.issuer(certificate);
            this.request = request;
        }

        DeclarationNumberSupplement view() {
            return new DeclarationNumberSupplement(certificate.number(), issuer, request.actuallyExported(),
                    request.declarationNumbers(), state, receipts);
        }
    }

    /** The calls of {@code docs/api.md}'s supplement table. */
    void register(Routes routes) {
        String one = "certificates/{number}/supplements/{seq}";
        routes.on("POST certificates/{number}/supplements",
                        c -> Routes.Reply.created(add(c.variable(0), c.read(Request.class))))
                .on("GET certificates/{number}/supplements", c -> Routes.Reply.ok(list(c.variable(0), c.query())))
                .on("GET supplements", c -> Routes.Reply.ok(query(c.query())))
                .on("GET " + one, c -> Routes.Reply.ok(get(c.variable(0), c.variable(1))))
                .on("PUT " + one, c -> Routes.Reply.ok(edit(c.variable(0), c.variable(1), c.read(Request.class))))
                .on("POST " + one + "/submit", c -> Routes.Reply.ok(submit(c.variable(0), c.variable(1))))
                .on("POST " + one + "/redo", c -> Routes.Reply.ok(apply(c.variable(0), c.variable(1), SupplementOperation.REDO)))
                .on("DELETE " + one, c -> Routes.Reply.ok(apply(c.variable(0), c.variable(1), SupplementOperation.DELETE)));
    }

    /** 补录 or 二次补录: a new draft supplement of an approved certificate. */
    synchronized DeclarationNumberSupplement add(String number, Request request) {
        CertificateRecord r = certificates.approved(number, "SUPPLEMENT",
                "only an approved certificate's declaration numbers are supplemented (001 ch.9)");
        long made = supplements.values().stream().filter(e -> e.certificate.number().equals(number)).count();
        Entry e = new Entry(key(number, Long.toString(made + 1)), r, checked(request));
        return supplements.add(e.key, e).view();
    }

    synchronized DeclarationNumberSupplement edit(String number, String seq, Request request) {
        Entry e = supplements.find(key(number, seq));
        Request checked = checked(request);
        e.state = SupplementLifecycle.TABLE.apply(e.state, SupplementOperation.EDIT);
        e.request = checked;
        return e.view();
    }

    synchronized DeclarationNumberSupplement submit(String number, String seq) {
        Entry e = supplements.find(key(number, seq));
        e.state = SupplementLifecycle.TABLE.apply(e.state, SupplementOperation.SUBMIT);
        review.receipt(e.subject(), e.receipts, "S", "已提交", e.state.nameZh());
        review.later(() -> receive(e));
        return e.view();
    }

    synchronized DeclarationNumberSupplement apply(String number, String seq, SupplementOperation op) {
        Entry e = supplements.find(key(number, seq));
        e.state = SupplementLifecycle.TABLE.apply(e.state, op);
        return e.view();
    }

    synchronized DeclarationNumberSupplement get(String number, String seq) {
        return supplements.find(key(number, seq)).view();
    }

    synchronized Map<String, Object> list(String number, Map<String, String> query) {
        certificates.get(number);
        return supplements.page(e -> e.certificate.number().equals(number), Entry::view, query);
    }

    /** 补录信息查询: every certificate's supplements with the filters of {@link SupplementFilter}. */
    synchronized Map<String, Object> query(Map<String, String> query) {
        SupplementFilter filter = new SupplementFilter(query);
        return supplements.page(e -> filter.test(e.approved, e.view()), Entry::view, query);
    }

    private synchronized void receive(Entry e) {
        if (e.state == SupplementState.SUBMITTED) {
            e.state = SupplementLifecycle.TABLE.apply(e.state, SupplementOperation.CUSTOMS_ACCEPT);
            review.receipt(e.subject(), e.receipts, "A", "证明补录成功", e.state.nameZh());
        }
    }

    /** Yes with 18-digit numbers (the customs declaration number's length, docs/domain.md marks it to verify), no with none. */
    private static Request checked(Request r) {
        boolean exported = Checks.required("actuallyExported", r.actuallyExported());
        List<String> numbers = r.declarationNumbers() == null ? List.of() : r.declarationNumbers();
        if (exported && numbers.isEmpty()) {
            throw ApiError.invalid("declarationNumbers", "actually exported: at least one declaration number (001 ch.9)");
        }
        if (!exported && !numbers.isEmpty()) {
            throw ApiError.invalid("declarationNumbers", "not exported: no declaration number (001 ch.9)");
        }
        for (int i = 0; i < numbers.size(); i++) {
            Checks.digits("declarationNumbers[" + i + "]", numbers.get(i), 18);
        }
        if (numbers.stream().distinct().count() != numbers.size()) {
            throw ApiError.invalid("declarationNumbers", "a declaration number is given twice");
        }
        return new Request(exported, List.copyOf(numbers));
    }

    private static String key(String number, String seq) {
        return number + "/" + seq;
    }
}
