package io.coo4j.client;

import io.coo4j.core.lifecycle.SupplementState;
import io.coo4j.core.model.Issuer;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the supplement query (补录信息查询, 001 ch.9: "根据查询条件可以查询筛选证书列表"), every supplement of every
 * certificate; every field is optional ({@code null}: no filter). The query screen's own conditions are only in a
 * picture of the manual, so coo4j takes those its text names for finding certificates to supplement — the choice of
 * 海关原产地证书 or 贸促会原产证书 ({@code issuer}), and "证明类型, 出口商代码, 证明创建日期, 证明号" (customs) and "证明号, 协定编号,
 * 证明签发日期" (CCPIT) — and adds its own: the supplement's state (the text names the final one: "证明补录最终状态为：海关接收
 * 成功"), whether the goods were actually exported, and a declaration number. Checked when made: a range whose start
 * is after its end, an exporter code not of 1–18 letters or digits (coo.xsd's CiqRegNo holds at most 18 characters;
 * coo4j writes the credit code there, other systems may not), an agreement code not of 2 digits, a declaration number not
 * of 18 digits or a page size outside 0–200 is an {@link io.coo4j.core.InvalidInputException} naming the field.
 * Immutable; build with {@link #builder()}.
 *
 * @param issuer            only supplements of certificates this issuer issued (海关原产地证书 / 贸促会原产证书; 001 ch.9)
 * @param number            only the supplements of the certificate with this number (证明号; 001 ch.9)
 * @param type              only certificates of this type code (证明类型; 001 ch.9)
 * @param exporterCode      only certificates whose exporter code is this (出口商代码; 001 ch.9): the enterprise's unified
 *                          social credit code, which coo4j writes as the message's 出口商代码
 * @param agreement         only certificates of a type serving this agreement (协定编号, 2 digits; 001 ch.9)
 * @param createdFrom       only certificates created at or after (证明创建日期; 001 ch.9)
 * @param createdTo         only certificates created before
 * @param issuedFrom        only certificates issued at or after (证明签发日期; 001 ch.9)
 * @param issuedTo          only certificates issued before
 * @param state             only supplements in this state (coo4j's filter: 暂存, 已提交, 海关接收成功, 已删除)
 * @param actuallyExported  only supplements saying the goods were ({@code true}) or were not ({@code false}) actually
 *                          exported (coo4j's filter)
 * @param declarationNumber only supplements naming this customs declaration number (报关单号, 18 digits; coo4j's
 *                          filter)
 * @param pageSize          supplements per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record SupplementQuery(
        @Nullable Issuer issuer,
        @Nullable String number,
        @Nullable String type,
        @Nullable String exporterCode,
        @Nullable String agreement,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo,
        @Nullable Instant issuedFrom,
        @Nullable Instant issuedTo,
        @Nullable SupplementState state,
        @Nullable Boolean actuallyExported,
        @Nullable String declarationNumber,
        int pageSize) {
    /** Checks the values: see the type's description. */
    public SupplementQuery {
        parameters(issuer, number, type, exporterCode, agreement, createdFrom, createdTo, issuedFrom, issuedTo, state,
                actuallyExported, declarationNumber, pageSize);
    }

    /** Every supplement, the service's page size. */
    public static SupplementQuery all() {
        return builder().build();
    }

    /** A builder with no filter. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().issuer(issuer).number(number).type(type).exporterCode(exporterCode).agreement(agreement)
                .createdFrom(createdFrom).createdTo(createdTo).issuedFrom(issuedFrom).issuedTo(issuedTo).state(state)
                .actuallyExported(actuallyExported).declarationNumber(declarationNumber).pageSize(pageSize);
    }

    /** The query parameters of {@code GET /supplements}, without paging. */
    Map<String, String> parameters() {
        return parameters(issuer, number, type, exporterCode, agreement, createdFrom, createdTo, issuedFrom, issuedTo,
                state, actuallyExported, declarationNumber, pageSize).values();
    }

    private static QueryParameters parameters(Issuer issuer, String number, String type, String exporterCode,
                                              String agreement, Instant createdFrom, Instant createdTo,
                                              Instant issuedFrom, Instant issuedTo, SupplementState state,
                                              Boolean actuallyExported, String declarationNumber, int pageSize) {
        QueryParameters p = new QueryParameters("supplement query");
        p.pageSize(pageSize);
        return p.put("issuer", issuer).put("number", number).put("type", type)
                .matching("exporterCode", exporterCode, "[0-9A-Za-z]{1,18}",
                        "an exporter code (出口商代码, coo.xsd CiqRegNo): 1 to 18 letters or digits")
                .matching("agreement", agreement, "[0-9]{2}", "an agreement code (协定编号) of 2 digits")
                .range("createdFrom", createdFrom, "createdTo", createdTo)
                .range("issuedFrom", issuedFrom, "issuedTo", issuedTo)
                .put("state", state).put("actuallyExported", actuallyExported)
                .matching("declarationNumber", declarationNumber, "[0-9]{18}",
                        "a customs declaration number (报关单号) of 18 digits");
    }

    /** Builds a {@link SupplementQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Issuer issuer;
        private @Nullable String number;
        private @Nullable String type;
        private @Nullable String exporterCode;
        private @Nullable String agreement;
        private @Nullable Instant createdFrom;
        private @Nullable Instant createdTo;
        private @Nullable Instant issuedFrom;
        private @Nullable Instant issuedTo;
        private @Nullable SupplementState state;
        private @Nullable Boolean actuallyExported;
        private @Nullable String declarationNumber;
        private int pageSize;

        private Builder() {
        }

        /** Only supplements of certificates this issuer issued (海关 / 贸促会). */
        public Builder issuer(@Nullable Issuer value) { issuer = value; return this; }
        /** Only the supplements of the certificate with this number (证明号). */
        public Builder number(@Nullable String value) { number = value; return this; }
        /** Only certificates of this type code (证明类型). */
        public Builder type(@Nullable String value) { type = value; return this; }
        /** Only certificates whose exporter code (出口商代码, the credit code) is this. */
        public Builder exporterCode(@Nullable String value) { exporterCode = value; return this; }
        /** Only certificates of a type serving this agreement (协定编号). */
        public Builder agreement(@Nullable String value) { agreement = value; return this; }
        /** Only certificates created at or after (证明创建日期). */
        public Builder createdFrom(@Nullable Instant value) { createdFrom = value; return this; }
        /** Only certificates created before. */
        public Builder createdTo(@Nullable Instant value) { createdTo = value; return this; }
        /** Only certificates issued at or after (证明签发日期). */
        public Builder issuedFrom(@Nullable Instant value) { issuedFrom = value; return this; }
        /** Only certificates issued before. */
        public Builder issuedTo(@Nullable Instant value) { issuedTo = value; return this; }
        /** Only supplements in this state. */
        public Builder state(@Nullable SupplementState value) { state = value; return this; }
        /** Only supplements saying the goods were, or were not, actually exported. */
        public Builder actuallyExported(@Nullable Boolean value) { actuallyExported = value; return this; }
        /** Only supplements naming this customs declaration number (报关单号). */
        public Builder declarationNumber(@Nullable String value) { declarationNumber = value; return this; }
        /** Supplements per page fetched (1–200; 0 for the service's default). */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link SupplementQuery}). */
        public SupplementQuery build() {
            return new SupplementQuery(issuer, number, type, exporterCode, agreement, createdFrom, createdTo, issuedFrom,
                    issuedTo, state, actuallyExported, declarationNumber, pageSize);
        }
    }
}
