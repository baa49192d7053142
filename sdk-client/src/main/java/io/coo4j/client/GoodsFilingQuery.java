package io.coo4j.client;

import io.coo4j.core.lifecycle.GoodsFilingState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the goods-filing query (商品备案查询, 002: "商品HS编码 商品名称(中文) 商品名称(英文) 单据状态 申请时间"); every field
 * is optional ({@code null}: no filter). Immutable; build with {@link #builder()}.
 *
 * @param hsCode       filings whose HS code starts with this
 * @param nameCn       filings whose Chinese name contains this
 * @param nameEn       filings whose English name contains this, whatever the case
 * @param state        filings in this state (单据状态)
 * @param declaredFrom filings declared at or after (申请时间)
 * @param declaredTo   filings declared before
 * @param pageSize     filings per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record GoodsFilingQuery(
        @Nullable String hsCode,
        @Nullable String nameCn,
        @Nullable String nameEn,
        @Nullable GoodsFilingState state,
        @Nullable Instant declaredFrom,
        @Nullable Instant declaredTo,
        int pageSize) {
    /** Every filing, the service's page size. */
    public static GoodsFilingQuery all() {
        return builder().build();
    }

    /** A builder with no filter. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().hsCode(hsCode).nameCn(nameCn).nameEn(nameEn).state(state).declaredFrom(declaredFrom)
                .declaredTo(declaredTo).pageSize(pageSize);
    }

    /** Builds a {@link GoodsFilingQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String hsCode;
        private @Nullable String nameCn;
        private @Nullable String nameEn;
        private @Nullable GoodsFilingState state;
        private @Nullable Instant declaredFrom;
        private @Nullable Instant declaredTo;
        private int pageSize;

        private Builder() {
        }

        /** Only filings whose HS code starts with this. */
        public Builder hsCode(@Nullable String value) {
            hsCode = value;
            return this;
        }

        /** Only filings whose Chinese name contains this. */
        public Builder nameCn(@Nullable String value) {
            nameCn = value;
            return this;
        }

        /** Only filings whose English name contains this, whatever the case. */
        public Builder nameEn(@Nullable String value) {
            nameEn = value;
            return this;
        }

        /** Only filings in this state (单据状态). */
        public Builder state(@Nullable GoodsFilingState value) {
            state = value;
            return this;
        }

        /** Only filings declared at or after this instant (申请时间). */
        public Builder declaredFrom(@Nullable Instant value) {
            declaredFrom = value;
            return this;
        }

        /** Only filings declared before this instant. */
        public Builder declaredTo(@Nullable Instant value) {
            declaredTo = value;
            return this;
        }

        /** Filings per page fetched: 1–200, or {@code 0} (the default) for the service's page size. */
        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        /** The query. */
        public GoodsFilingQuery build() {
            return new GoodsFilingQuery(hsCode, nameCn, nameEn, state, declaredFrom, declaredTo, pageSize);
        }
    }
}
