package io.coo4j.testkit.internal;

import io.coo4j.core.lifecycle.ApplicationStatus;
import io.coo4j.core.lifecycle.PreReviewLifecycle;
import io.coo4j.core.lifecycle.PreReviewOperation;
import io.coo4j.core.lifecycle.PreReviewState;
import io.coo4j.core.lifecycle.PreReviewStatus;
import io.coo4j.core.model.PreReviewRecord;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.prereview.PreReviewChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customs' product pre-review desk (产品预审, 001 ch.6; 004) for the simulator's one enterprise, which must be a
 * synced production enterprise to add or submit: every operation
 * through {@link PreReviewLifecycle}, including its rule that nothing but submission happens while a record is
 * submitted and not reviewed; the review one delay after submission applies sdk-rules' {@link PreReviewChecker}; a
 * rejected change shows the product before the change again. Thread-safe: one lock for the desk, because the
 * pending rule spans every record.
 */
final class PreReviewDesk {
    private final Review review;
    private final EnterpriseDesk enterprise;
    private final PreReviewChecker checker = PreReviewChecker.defaults();
    private final Ledger<Entry> records = new Ledger<>("pre-review");
    /** The last id's number: ids are not reused after a removal. */
    private long created;

    PreReviewDesk(Review review, EnterpriseDesk enterprise) {
        this.review = review;
        this.enterprise = enterprise;
    }

    private static final class Entry {
        final String id;
        ProductPreReview product;
        /** The product as last approved: what a rejected change falls back to. */
        ProductPreReview approved;
        PreReviewState state = PreReviewLifecycle.initial();
        final List<Receipt> receipts = new ArrayList<>();

        Entry(String id, ProductPreReview product) {
            this.id = id;
            this.product = product;
        }

        PreReviewRecord record() {
            return new PreReviewRecord(id, product, state, receipts);
        }

        /** What this record's receipts are about, for subscriptions. */
        Review.Subject subject(String filingNumber) {
            return new Review.Subject("pre-review", id, filingNumber, null);
        }
    }

    /** The calls of {@code docs/api.md}'s product pre-review table. */
    void register(Routes routes) {
        routes.on("POST pre-reviews", c -> Routes.Reply.created(add(c.read(ProductPreReview.class))))
                .on("GET pre-reviews", c -> Routes.Reply.ok(list(c.query())))
                .on("GET pre-reviews/{id}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("PUT pre-reviews/{id}", c -> Routes.Reply.ok(modify(c.variable(0), c.read(ProductPreReview.class))))
                .on("DELETE pre-reviews/{id}", c -> {
                    PreReviewRecord left = delete(c.variable(0));
                    return left == null ? Routes.Reply.noContent() : Routes.Reply.ok(left);
                })
                .on("POST pre-reviews/{id}/change", c -> Routes.Reply.ok(change(c.variable(0), c.read(ProductPreReview.class))))
                .on("POST pre-reviews/{id}/cancel", c -> Routes.Reply.ok(cancel(c.variable(0))))
                .on("POST pre-reviews/{id}/restore", c -> Routes.Reply.ok(restore(c.variable(0))))
                .on("POST pre-reviews/{id}/submit", c -> Routes.Reply.ok(submit(c.variable(0))))
                .on("GET pre-reviews/{id}/receipts", c -> Routes.Reply.ok(receipts(c.variable(0), c.query())));
    }

    synchronized PreReviewRecord add(ProductPreReview product) {
        enterprise.requireProducer("ADD");
        PreReviewLifecycle.add(pending());
        ProductPreReview checked = required(product); // before the id: a refused add must not use one up
        String id = String.format("PR%08d", ++created);
        return records.add(id, new Entry(id, checked)).record();
    }

    synchronized PreReviewRecord modify(String id, ProductPreReview product) {
        Entry e = apply(id, PreReviewOperation.MODIFY);
        e.product = required(product);
        return e.record();
    }

    synchronized PreReviewRecord change(String id, ProductPreReview product) {
        Entry e = apply(id, PreReviewOperation.CHANGE);
        e.product = required(product);
        return e.record();
    }

    synchronized PreReviewRecord cancel(String id) {
        return apply(id, PreReviewOperation.CANCEL).record();
    }

    synchronized PreReviewRecord restore(String id) {
        return apply(id, PreReviewOperation.RESTORE).record();
    }

    /** A draft removed locally answers {@code null}; an approved record becomes a deletion request. */
    synchronized PreReviewRecord delete(String id) {
        Entry e = apply(id, PreReviewOperation.DELETE);
        if (e.state.equals(PreReviewState.REMOVED)) {
            records.remove(id);
            return null;
        }
        return e.record();
    }

    synchronized PreReviewRecord submit(String id) {
        enterprise.requireProducer(PreReviewOperation.SUBMIT.name());
        Entry e = apply(id, PreReviewOperation.SUBMIT);
        review.receipt(e.subject(enterprise.filingNumber()), e.receipts, "S", "已提交", ApplicationStatus.SUBMITTED.nameZh());
        review.later(() -> decide(e));
        return e.record();
    }

    synchronized PreReviewRecord get(String id) {
        return records.find(id).record();
    }

    /** 产品预审's list by 状态 ({@code status}) and 申请状态 ({@code applicationStatus}), either left out: any. */
    synchronized Map<String, Object> list(Map<String, String> query) {
        PreReviewStatus status = Params.enumValue(query, "status", PreReviewStatus.class);
        ApplicationStatus application = Params.enumValue(query, "applicationStatus", ApplicationStatus.class);
        return records.page(e -> QueryFilters.is(status, e.state.status())
                && QueryFilters.is(application, e.state.applicationStatus()), Entry::record, query);
    }

    synchronized Map<String, Object> receipts(String id, Map<String, String> query) {
        return Paging.page(List.copyOf(records.find(id).receipts), query);
    }

    private synchronized void decide(Entry e) {
        if (!records.contains(e.id) || records.find(e.id) != e || !e.state.pending()) {
            return;
        }
        List<Violation> errors = checker.check(e.product).violations().stream().filter(Violation::isError).toList();
        boolean change = e.state.status() == PreReviewStatus.CHANGE;
        if (errors.isEmpty()) {
            e.state = PreReviewLifecycle.apply(e.state, PreReviewOperation.APPROVE, false);
            e.approved = e.product;
            review.receipt(e.subject(enterprise.filingNumber()), e.receipts, "A", "审核通过", ApplicationStatus.APPROVED.nameZh());
        } else {
            e.state = PreReviewLifecycle.apply(e.state, PreReviewOperation.REJECT, false);
            if (change && e.approved != null) {
                e.product = e.approved;
            }
            review.receipt(e.subject(enterprise.filingNumber()), e.receipts, "R", Review.reasons(errors), ApplicationStatus.REJECTED.nameZh());
        }
        if (e.state.equals(PreReviewState.REMOVED)) {
            records.remove(e.id);
        }
    }

    private Entry apply(String id, PreReviewOperation op) {
        Entry e = records.find(id);
        e.state = PreReviewLifecycle.apply(e.state, op, pending());
        return e;
    }

    private boolean pending() {
        return records.values().stream().anyMatch(e -> e.state.pending());
    }

    private static ProductPreReview required(ProductPreReview product) {
        if (product == null) {
            throw ApiError.invalid("", "a product pre-review is required");
        }
        return product;
    }
}
