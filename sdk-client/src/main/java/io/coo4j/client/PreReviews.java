package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.ApplicationStatus;
import io.coo4j.core.model.PreReviewRecord;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Receipt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product pre-reviews (产品预审, 001 ch.6; 004) at the service: add, modify, change, cancel, restore, delete, submit,
 * query and receipts. While any record of the enterprise is submitted and not reviewed, every other change is a
 * {@link ConflictException}, as the manuals say. Obtained from {@link CooClient#preReviews()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class PreReviews {
    private static final String ROOT = "pre-reviews";

    private final Api api;

    PreReviews(Api api) {
        this.api = api;
    }

    /** 新增: a new draft record. */
    public PreReviewRecord add(ProductPreReview product) {
        return api.post("preReviews.add", PreReviewRecord.class, product(product, "PreReviews.add"), ROOT);
    }

    /** 修改: edits a new draft. */
    public PreReviewRecord modify(String id, ProductPreReview product) {
        return api.put("preReviews.modify", PreReviewRecord.class, product(product, "PreReviews.modify"), ROOT,
                requireId(id));
    }

    /** 变更: changes an approved record (or a pending change, cancel or delete draft) to {@code product}. */
    public PreReviewRecord change(String id, ProductPreReview product) {
        return operate(id, "change", product(product, "PreReviews.change"), RequestOptions.none());
    }

    /** 注销. */
    public PreReviewRecord cancel(String id) {
        return operate(id, "cancel", null, RequestOptions.none());
    }

    /** 恢复: a cancelled record back. */
    public PreReviewRecord restore(String id) {
        return operate(id, "restore", null, RequestOptions.none());
    }

    /** 提交: sends the record's draft for review. */
    public PreReviewRecord submit(String id) {
        return submit(id, RequestOptions.none());
    }

    /** As {@link #submit(String)}, with the call's options (under the caller's idempotency key, say). */
    public PreReviewRecord submit(String id, RequestOptions options) {
        return operate(id, "submit", null, options);
    }

    /**
     * 删除: a new or rejected draft is removed (empty answer); an approved record becomes a deletion request to
     * submit (its record).
     */
    public Optional<PreReviewRecord> delete(String id) {
        return Optional.ofNullable(api.delete("preReviews.delete", PreReviewRecord.class, ROOT, requireId(id)));
    }

    /** The pre-review record {@code id}; a {@link NotFoundException} when there is none. */
    public PreReviewRecord get(String id) {
        return api.get("preReviews.get", PreReviewRecord.class, ROOT, requireId(id));
    }

    /** Every record, fetched page by page while the iteration goes on. */
    public Iterable<PreReviewRecord> list() {
        return () -> api.pages("preReviews.list", PreReviewRecord.class, Map.of(), 0, ROOT);
    }

    /** The records matching {@code query} (状态, 申请状态), fetched page by page while the iteration goes on. */
    public Iterable<PreReviewRecord> list(PreReviewQuery query) {
        Map<String, String> filters = Api.required("pre-review query", "query", query).parameters();
        return () -> api.pages("preReviews.list", PreReviewRecord.class, filters, query.pageSize(), ROOT);
    }

    /** The receipts in order, each sequence number once. */
    public List<Receipt> receipts(String id) {
        return api.receipts("preReviews.receipts", ROOT, requireId(id), "receipts");
    }

    /** Polls until the submitted record has been reviewed (approved or not), then returns it. */
    public PreReviewRecord awaitReview(String id, Duration timeout) {
        return api.poll(() -> get(id), r -> r.state().applicationStatus() != ApplicationStatus.SUBMITTED, timeout,
                "pre-review " + id + " to be reviewed");
    }

    /** {@code operation} names the call ({@code preReviews.operation}) and its path's last segment. */
    private PreReviewRecord operate(String id, String operation, Object body, RequestOptions options) {
        return api.post("preReviews." + operation, PreReviewRecord.class, body, options, ROOT, requireId(id),
                operation);
    }

    private static String requireId(String id) {
        return Api.required("pre-review", "id", id);
    }

    private static ProductPreReview product(ProductPreReview product, String call) {
        return InvalidInputException.requireArgument(product, call, "product");
    }
}
