package io.coo4j.client;

import io.coo4j.core.lifecycle.ApplicationStatus;
import io.coo4j.core.lifecycle.PreReviewStatus;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing product pre-reviews (产品预审, 001 ch.6 查询: "输入一条或多条查询条件，点击【查询】按钮，搜索对应信息"). The
 * manual shows the screen's conditions in a picture only; what its text names of a listed record, and picks records
 * by ("勾选状态为'注销'，申请状态为'暂存'的数据"), is the record's 状态 and 申请状态, so those are the filters. Both optional
 * ({@code null}: no filter). Checked when made: a page size outside 0–200 is an
 * {@link io.coo4j.core.InvalidInputException} naming it. Immutable; build with {@link #builder()}.
 *
 * @param status            only records in this status (状态: 新增, 正常, 变更, 注销, 恢复, 删除)
 * @param applicationStatus only records in this application status (申请状态: 暂存, 已提交, 审核通过, 审核不通过)
 * @param pageSize          records per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record PreReviewQuery(
        @Nullable PreReviewStatus status,
        @Nullable ApplicationStatus applicationStatus,
        int pageSize) {
    /** Checks the values: see the type's description. */
    public PreReviewQuery {
        parameters(status, applicationStatus, pageSize);
    }

    /** A builder with no filter: every record. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().status(status).applicationStatus(applicationStatus).pageSize(pageSize);
    }

    /** The query parameters of {@code GET /pre-reviews}, without paging. */
    Map<String, String> parameters() {
        return parameters(status, applicationStatus, pageSize).values();
    }

    private static QueryParameters parameters(PreReviewStatus status, ApplicationStatus applicationStatus,
                                              int pageSize) {
        QueryParameters p = new QueryParameters("pre-review query");
        p.pageSize(pageSize);
        return p.put("status", status).put("applicationStatus", applicationStatus);
    }

    /** Builds a {@link PreReviewQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable PreReviewStatus status;
        private @Nullable ApplicationStatus applicationStatus;
        private int pageSize;

        private Builder() {
        }

        /** Only records in this status (状态). */
        public Builder status(@Nullable PreReviewStatus value) { status = value; return this; }
        /** Only records in this application status (申请状态). */
        public Builder applicationStatus(@Nullable ApplicationStatus value) { applicationStatus = value; return this; }
        /** Items per page fetched: 1–200, or {@code 0} (the default) for the service's page size. */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link PreReviewQuery}). */
        public PreReviewQuery build() {
            return new PreReviewQuery(status, applicationStatus, pageSize);
        }
    }
}
