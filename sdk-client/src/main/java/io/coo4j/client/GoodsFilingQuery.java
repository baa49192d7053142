package io.coo4j.client;

import io.coo4j.core.lifecycle.GoodsFilingState;
import java.time.Instant;

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
public record GoodsFilingQuery(String hsCode, String nameCn, String nameEn, GoodsFilingState state, Instant declaredFrom,
                               Instant declaredTo, int pageSize) {
    /** Every filing, the service's page size. */
    public static GoodsFilingQuery all() {
        return builder().build();
    }

    /** A builder with no filter. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GoodsFilingQuery}. Not thread-safe. */
    public static final class Builder {
        private String hsCode;
        private String nameCn;
        private String nameEn;
        private GoodsFilingState state;
        private Instant declaredFrom;
        private Instant declaredTo;
        private int pageSize;

        private Builder() {
        }

        public Builder hsCode(String value) {
            hsCode = value;
            return this;
        }

        public Builder nameCn(String value) {
            nameCn = value;
            return this;
        }

        public Builder nameEn(String value) {
            nameEn = value;
            return this;
        }

        public Builder state(GoodsFilingState value) {
            state = value;
            return this;
        }

        public Builder declaredFrom(Instant value) {
            declaredFrom = value;
            return this;
        }

        public Builder declaredTo(Instant value) {
            declaredTo = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public GoodsFilingQuery build() {
            return new GoodsFilingQuery(hsCode, nameCn, nameEn, state, declaredFrom, declaredTo, pageSize);
        }
    }
}
