package io.coo4j.testkit.internal;

import io.coo4j.core.lifecycle.VerificationLifecycle;
import io.coo4j.core.lifecycle.VerificationOperation;
import io.coo4j.core.lifecycle.VerificationState;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.VerificationRecord;
import io.coo4j.rules.prereview.PreReviewChecker;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verification interaction (核查互动, 001 ch.7; 004). The customs opens a verification record of a certificate, naming
 * the documents it wants ({@code POST customs/verifications}; it also returns or closes the record by the
 * {@code customs/...} calls, the simulator's stand-in for the officer). While the record is 待核查 or 退回核查 the
 * enterprise processes it: uploads documents of the ticked kinds (several per kind allowed) and maintains the product
 * cost details, checked by sdk-rules' {@link PreReviewChecker} (the six constraints of a pre-review). Submitting needs
 * every ticked kind ("每种勾选的电子资料必传"); the customs receives it (核查中) one review delay later. Every change
 * goes through {@link VerificationLifecycle}. Thread-safe: one lock.
 */
final class VerificationDesk {
    /** The states listed when the query names none (001 ch.7). */
    private static final Set<VerificationState> LISTED = EnumSet.of(VerificationState.TO_VERIFY,
            VerificationState.RETURNED);
    private final Review review;
    private final CertificateDesk certificates;
    private final PreReviewChecker checker = PreReviewChecker.defaults();
    private final Ledger<Entry> records = new Ledger<>("verification");
    private long opened;
    private long uploads;

    VerificationDesk(Review review, CertificateDesk certificates) {
        this.review = review;
        this.certificates = certificates;
    }

    /** What the customs asks for when it opens a verification. */
    record Open(String certificateNumber, List<AttachmentKind> requiredDocuments) {
    }

    /** The product cost details (产品成本明细) of a record, replacing what it had. */
    record Costs(List<ProductPreReview> products) {
    }

    private static final class Entry {
        final String number;
        final Open open;
        final Certificate certificate;
        VerificationState state = VerificationState.TO_VERIFY; // the table's initial state
        final List<Attachment> documents = new ArrayList<>();
        List<ProductPreReview> costs = List.of();
        final List<Receipt> receipts = new ArrayList<>();

        /** What this record's receipts are about, for subscriptions by document. */
        Review.Subject subject() {
            return CertificateDesk.subject("verification", number, certificate);
        }

        Entry(String number, Open open, Certificate certificate) {
            this.number = number;
            this.open = open;
            this.certificate = certificate;
        }

        VerificationRecord view() {
            return view(costs);
        }

        /** The record as it would be with {@code products} as its cost details. */
        VerificationRecord view(List<ProductPreReview> products) {
            return new VerificationRecord(number, open.certificateNumber(), state, open.requiredDocuments(), documents,
                    products, receipts);
        }
    }

    /** The calls of {@code docs/api.md}'s verification table, and the customs' side of them. */
    void register(Routes routes) {
        routes.on("POST customs/verifications", c -> Routes.Reply.created(open(c.read(Open.class))))
                .on("POST customs/verifications/{number}/return",
                        c -> Routes.Reply.ok(decide(c.variable(0), VerificationOperation.CUSTOMS_RETURN)))
                .on("POST customs/verifications/{number}/complete",
                        c -> Routes.Reply.ok(decide(c.variable(0), VerificationOperation.COMPLETE)))
                .on("GET verifications", c -> Routes.Reply.ok(list(c.query())))
                .on("GET verifications/{number}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("GET verifications/{number}/receipts",
                        c -> Routes.Reply.ok(Paging.page(get(c.variable(0)).receipts(), c.query())))
                .onPrepared("POST verifications/{number}/documents", c -> {
                    Uploads.Checked checked = Uploads.check(c.read(Uploads.Upload.class));
                    return call -> Routes.Reply.created(upload(call.variable(0), checked));
                })
                .on("DELETE verifications/{number}/documents/{id}", c -> {
                    removeDocument(c.variable(0), c.variable(1));
                    return Routes.Reply.noContent();
                })
                .on("PUT verifications/{number}/product-costs",
                        c -> Routes.Reply.ok(saveCosts(c.variable(0), c.read(Costs.class))))
                .on("POST verifications/{number}/submit", c -> Routes.Reply.ok(submit(c.variable(0))));
    }

    synchronized VerificationRecord open(Open open) {
        Certificate c = certificates.get(Checks.text("certificateNumber", open.certificateNumber())).certificate();
        if (open.requiredDocuments() == null || open.requiredDocuments().isEmpty()) {
            throw ApiError.invalid("requiredDocuments", "at least one kind of document");
        }
        Entry e = new Entry(String.format("HC%08d", ++opened), open, c);
        review.receipt(e.subject(), e.receipts, "O", "核查通知", e.state.nameZh());
        return records.add(e.number, e).view();
    }

    synchronized VerificationRecord decide(String number, VerificationOperation op) {
        Entry e = records.find(number);
        e.state = VerificationLifecycle.TABLE.apply(e.state, op);
        review.receipt(e.subject(), e.receipts, op == VerificationOperation.COMPLETE ? "C" : "R", e.state.nameZh(), e.state.nameZh());
        return e.view();
    }

    synchronized Attachment upload(String number, Uploads.Checked upload) {
        Entry e = records.find(number);
        VerificationLifecycle.TABLE.apply(e.state, VerificationOperation.PROCESS);
        if (upload.kind() != null && !e.open.requiredDocuments().contains(upload.kind())) {
            throw ApiError.invalid("kind", upload.kind() + " was not asked for; the record asks for "
                    + e.open.requiredDocuments());
        }
        Attachment a = upload.accept(review.clock.instant()).apply("VD" + ++uploads);
        e.documents.add(a);
        return a;
    }

    synchronized void removeDocument(String number, String id) {
        Entry e = records.find(number);
        VerificationLifecycle.TABLE.apply(e.state, VerificationOperation.PROCESS);
        if (!e.documents.removeIf(a -> a.id().equals(id))) {
            throw ApiError.notFound("document " + id + " of verification " + number);
        }
    }

    /** 维护产品成本明细: refused as a whole, naming the first failing path, when a constraint fails. */
    synchronized VerificationRecord saveCosts(String number, Costs costs) {
        Entry e = records.find(number);
        VerificationLifecycle.TABLE.apply(e.state, VerificationOperation.PROCESS);
        List<ProductPreReview> products = costs.products() == null ? List.of() : List.copyOf(costs.products());
        Checks.valid(checker.check(e.view(products)));
        e.costs = products;
        return e.view();
    }

    synchronized VerificationRecord submit(String number) {
        Entry e = records.find(number);
        VerificationLifecycle.TABLE.apply(e.state, VerificationOperation.SUBMIT); // the state is judged before the documents
        List<AttachmentKind> missing = e.open.requiredDocuments().stream()
                .filter(k -> e.documents.stream().noneMatch(d -> d.kind() == k)).toList();
        if (!missing.isEmpty()) {
            throw ApiError.conflict("CONFLICT", "every ticked document is required (每种勾选的电子资料必传, 001 ch.7); "
                    + "none uploaded of " + missing);
        }
        e.state = VerificationLifecycle.TABLE.apply(e.state, VerificationOperation.SUBMIT);
        review.receipt(e.subject(), e.receipts, "S", "发送成功", e.state.nameZh());
        review.later(() -> receive(e));
        return e.view();
    }

    synchronized VerificationRecord get(String number) {
        return records.find(number).view();
    }

    /**
     * 核查互动's list: the records in the states of {@code state} (comma-separated), by default 待核查 and 退回核查
     * (001 ch.7: "系统默认展示待核查和退回核查状态的核查记录单数据").
     */
    synchronized Map<String, Object> list(Map<String, String> query) {
        Set<VerificationState> states = QueryFilters.states(query, "state", VerificationState.class, LISTED);
        return records.page(e -> states.contains(e.state), Entry::view, query);
    }

    private synchronized void receive(Entry e) {
        if (e.state == VerificationState.SUBMITTED) {
            e.state = VerificationLifecycle.TABLE.apply(e.state, VerificationOperation.CUSTOMS_RECEIVE);
            review.receipt(e.subject(), e.receipts, "I", "海关端接收成功", e.state.nameZh());
        }
    }
}
