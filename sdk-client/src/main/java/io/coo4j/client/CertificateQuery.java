package io.coo4j.client;

import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.CertificateCategory;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing certificates, those of 证书查询 (003 证书申请查询: 证书号, 创建日期 从 至, 发票号, 证书类型, 备案号,
 * 证书类别, 申报日期 从 至, 目的国/地区, 单据状态, 当前登录用户; 001 ch.5) and the entry clerk (录入员) of the statistics;
 * every field is optional ({@code null}: no filter, but see {@code state}). Checked when made: a range whose start is
 * after its end, a filing number not of 9 digits, a destination not of two capital letters or a page size outside
 * 0–200 is an {@link io.coo4j.core.InvalidInputException} naming the field. Immutable; build with {@link #builder()}.
 *
 * @param state         only certificates in this state (单据状态); {@code null}: every state but {@code ARCHIVED},
 *                      which the Single Window's query leaves out unless asked for (001 ch.5)
 * @param type          only this certificate type code (证书类型)
 * @param createdFrom   only certificates created at or after (创建日期 从)
 * @param createdTo     only certificates created before (创建日期 至)
 * @param number        only the certificate with this number (证书号)
 * @param invoiceNumber only certificates with this invoice number (发票号)
 * @param filingNumber  only certificates of this filing number (备案号, 9 digits)
 * @param category      only this category (证书类别: 新证, 更改证, 重发证, 更改重发证)
 * @param destination   only this destination country (目的国/地区, ISO alpha-2)
 * @param declaredFrom  only certificates last declared at or after (申报日期 从); never declared ones are left out
 * @param declaredTo    only certificates last declared before (申报日期 至)
 * @param loginUser     only certificates created by this login user (当前登录用户)
 * @param entryClerk    only certificates keyed in by this entry clerk (录入员)
 * @param pageSize      certificates per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record CertificateQuery(
        @Nullable CertificateState state,
        @Nullable String type,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo,
        @Nullable String number,
        @Nullable String invoiceNumber,
        @Nullable String filingNumber,
        @Nullable CertificateCategory category,
        @Nullable String destination,
        @Nullable Instant declaredFrom,
        @Nullable Instant declaredTo,
        @Nullable String loginUser,
        @Nullable String entryClerk,
        int pageSize) {
    private static final String WHAT = "certificate query";

    /** Checks the values: see the type's description. */
    public CertificateQuery {
        parameters(state, type, createdFrom, createdTo, number, invoiceNumber, filingNumber, category, destination,
                declaredFrom, declaredTo, loginUser, entryClerk, pageSize);
    }

    /** Every certificate but the archived ones (as the Single Window's default query), the service's page size. */
    public static CertificateQuery all() {
        return builder().build();
    }

    /** A builder with no filter: every certificate but the archived ones. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().state(state).type(type).createdFrom(createdFrom).createdTo(createdTo).number(number)
                .invoiceNumber(invoiceNumber).filingNumber(filingNumber).category(category).destination(destination)
                .declaredFrom(declaredFrom).declaredTo(declaredTo).loginUser(loginUser).entryClerk(entryClerk)
                .pageSize(pageSize);
    }

    /** The query parameters of {@code GET /certificates}, without paging. */
    Map<String, String> parameters() {
        return parameters(state, type, createdFrom, createdTo, number, invoiceNumber, filingNumber, category, destination,
                declaredFrom, declaredTo, loginUser, entryClerk, pageSize).values();
    }

    private static QueryParameters parameters(CertificateState state, String type, Instant createdFrom,
                                              Instant createdTo, String number, String invoiceNumber,
                                              String filingNumber, CertificateCategory category, String destination,
                                              Instant declaredFrom, Instant declaredTo, String loginUser,
                                              String entryClerk, int pageSize) {
        QueryParameters p = new QueryParameters(WHAT);
        p.pageSize(pageSize);
        return p.put("state", state).put("type", type).range("createdFrom", createdFrom, "createdTo", createdTo)
                .put("number", number).put("invoiceNumber", invoiceNumber)
                .matching("filingNumber", filingNumber, "[0-9]{9}", "a filing number (备案号) of 9 digits")
                .put("category", category)
                .matching("destination", destination, "[A-Z]{2}", "a country code of two capital letters (ISO 3166-1)")
                .range("declaredFrom", declaredFrom, "declaredTo", declaredTo)
                .put("loginUser", loginUser).put("entryClerk", entryClerk);
    }

    /** Builds a {@link CertificateQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable CertificateState state;
        private @Nullable String type;
        private @Nullable Instant createdFrom;
        private @Nullable Instant createdTo;
        private @Nullable String number;
        private @Nullable String invoiceNumber;
        private @Nullable String filingNumber;
        private @Nullable CertificateCategory category;
        private @Nullable String destination;
        private @Nullable Instant declaredFrom;
        private @Nullable Instant declaredTo;
        private @Nullable String loginUser;
        private @Nullable String entryClerk;
        private int pageSize;

        private Builder() {
        }

        /** Only certificates in this state; {@code null} (the default): every state but {@code ARCHIVED}. */
        public Builder state(@Nullable CertificateState value) { state = value; return this; }
        /** Only this certificate type code (证书类型), e.g. {@code E}. */
        public Builder type(@Nullable String value) { type = value; return this; }
        /** Only certificates created at or after this instant. */
        public Builder createdFrom(@Nullable Instant value) { createdFrom = value; return this; }
        /** Only certificates created before this instant. */
        public Builder createdTo(@Nullable Instant value) { createdTo = value; return this; }
        /** Only the certificate with this number. */
        public Builder number(@Nullable String value) { number = value; return this; }
        /** Only certificates with this invoice number (发票号). */
        public Builder invoiceNumber(@Nullable String value) { invoiceNumber = value; return this; }
        /** Only certificates of this filing number (备案号, 9 digits). */
        public Builder filingNumber(@Nullable String value) { filingNumber = value; return this; }
        /** Only this category (证书类别). */
        public Builder category(@Nullable CertificateCategory value) { category = value; return this; }
        /** Only this destination country (ISO alpha-2, e.g. {@code KR}). */
        public Builder destination(@Nullable String value) { destination = value; return this; }
        /** Only certificates last declared at or after this instant. */
        public Builder declaredFrom(@Nullable Instant value) { declaredFrom = value; return this; }
        /** Only certificates last declared before this instant. */
        public Builder declaredTo(@Nullable Instant value) { declaredTo = value; return this; }
        /** Only certificates created by this login user (登录用户). */
        public Builder loginUser(@Nullable String value) { loginUser = value; return this; }
        /** Only certificates keyed in by this entry clerk (录入员). */
        public Builder entryClerk(@Nullable String value) { entryClerk = value; return this; }
        /** Items per page fetched: 1–200, or {@code 0} (the default) for the service's page size. */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link CertificateQuery}). */
        public CertificateQuery build() {
            return new CertificateQuery(state, type, createdFrom, createdTo, number, invoiceNumber, filingNumber,
                    category, destination, declaredFrom, declaredTo, loginUser, entryClerk, pageSize);
        }
    }
}
