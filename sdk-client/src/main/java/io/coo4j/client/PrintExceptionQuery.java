package io.coo4j.client;

import io.coo4j.core.lifecycle.PrintExceptionReason;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the print exception applications list (打印异常申请 → 异常申请列表, 003: "证书编号 发票号 证书类别 申请人 出口商
 * 签发开始日期 签发结束日期 异常申请开始日期 异常申请结束日期"); every field is optional ({@code null}: no filter). All are the
 * screen's but {@code reason}, coo4j's filter on the list's column 异常操作类型. The list's 异常申请状态 column is not a
 * filter: the manual's example shows it empty ("-") and names no state, so coo4j keeps none. Names are compared exactly,
 * as on the self-print list ({@link SelfPrintQuery}). Checked when made: a range whose start is after its end, or a
 * page size outside 0–200, is an {@link io.coo4j.core.InvalidInputException} naming the field. Immutable; build with
 * {@link #builder()}.
 *
 * @param number        only applications for the certificate with this number (证书编号)
 * @param invoiceNumber only applications for certificates with this invoice number (发票号)
 * @param type          only applications for certificates of this type code (证书类别)
 * @param applicant     only applications for certificates whose applicant (申请人), the declaring enterprise's Chinese
 *                      name, is this
 * @param exporter      only applications for certificates whose exporter's name (出口商) is this
 * @param issuedFrom    only applications for certificates issued at or after (签发开始日期)
 * @param issuedTo      only applications for certificates issued before (签发结束日期)
 * @param reportedFrom  only applications made at or after (异常申请开始日期)
 * @param reportedTo    only applications made before (异常申请结束日期)
 * @param reason        only applications of this reason (异常操作类型; coo4j's filter)
 * @param pageSize      applications per page fetched (1–200; {@code 0} for the service's default)
 * @since 0.1
 */
public record PrintExceptionQuery(
        @Nullable String number,
        @Nullable String invoiceNumber,
        @Nullable String type,
        @Nullable String applicant,
        @Nullable String exporter,
        @Nullable Instant issuedFrom,
        @Nullable Instant issuedTo,
        @Nullable Instant reportedFrom,
        @Nullable Instant reportedTo,
        @Nullable PrintExceptionReason reason,
        int pageSize) {
    /** Checks the values: see the type's description. */
    public PrintExceptionQuery {
        parameters(number, invoiceNumber, type, applicant, exporter, issuedFrom, issuedTo, reportedFrom, reportedTo,
                reason, pageSize);
    }

    /** Every application, the service's page size. */
    public static PrintExceptionQuery all() {
        return builder().build();
    }

    /** A builder with no filter. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().number(number).invoiceNumber(invoiceNumber).type(type).applicant(applicant).exporter(exporter)
                .issuedFrom(issuedFrom).issuedTo(issuedTo).reportedFrom(reportedFrom).reportedTo(reportedTo)
                .reason(reason).pageSize(pageSize);
    }

    /** The query parameters of {@code GET /self-print/exceptions}, without paging. */
    Map<String, String> parameters() {
        return parameters(number, invoiceNumber, type, applicant, exporter, issuedFrom, issuedTo, reportedFrom,
                reportedTo, reason, pageSize).values();
    }

    private static QueryParameters parameters(String number, String invoiceNumber, String type, String applicant,
                                              String exporter, Instant issuedFrom, Instant issuedTo,
                                              Instant reportedFrom, Instant reportedTo, PrintExceptionReason reason,
                                              int pageSize) {
        QueryParameters p = new QueryParameters("print exception query");
        p.pageSize(pageSize);
        return SelfPrintQuery.printed(p, number, invoiceNumber, type, applicant, exporter, issuedFrom, issuedTo)
                .range("reportedFrom", reportedFrom, "reportedTo", reportedTo).put("reason", reason);
    }

    /** Builds a {@link PrintExceptionQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String number;
        private @Nullable String invoiceNumber;
        private @Nullable String type;
        private @Nullable String applicant;
        private @Nullable String exporter;
        private @Nullable Instant issuedFrom;
        private @Nullable Instant issuedTo;
        private @Nullable Instant reportedFrom;
        private @Nullable Instant reportedTo;
        private @Nullable PrintExceptionReason reason;
        private int pageSize;

        private Builder() {
        }

        /** Only applications for the certificate with this number (证书编号). */
        public Builder number(@Nullable String value) { number = value; return this; }
        /** Only applications for certificates with this invoice number (发票号). */
        public Builder invoiceNumber(@Nullable String value) { invoiceNumber = value; return this; }
        /** Only applications for certificates of this type code (证书类别). */
        public Builder type(@Nullable String value) { type = value; return this; }
        /** Only applications for certificates whose applicant (申请人) is this. */
        public Builder applicant(@Nullable String value) { applicant = value; return this; }
        /** Only applications for certificates whose exporter's name (出口商) is this. */
        public Builder exporter(@Nullable String value) { exporter = value; return this; }
        /** Only applications for certificates issued at or after (签发开始日期). */
        public Builder issuedFrom(@Nullable Instant value) { issuedFrom = value; return this; }
        /** Only applications for certificates issued before (签发结束日期). */
        public Builder issuedTo(@Nullable Instant value) { issuedTo = value; return this; }
        /** Only applications made at or after (异常申请开始日期). */
        public Builder reportedFrom(@Nullable Instant value) { reportedFrom = value; return this; }
        /** Only applications made before (异常申请结束日期). */
        public Builder reportedTo(@Nullable Instant value) { reportedTo = value; return this; }
        /** Only applications of this reason (异常操作类型). */
        public Builder reason(@Nullable PrintExceptionReason value) { reason = value; return this; }
        /** Applications per page fetched (1–200; 0 for the service's default). */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link PrintExceptionQuery}). */
        public PrintExceptionQuery build() {
            return new PrintExceptionQuery(number, invoiceNumber, type, applicant, exporter, issuedFrom, issuedTo,
                    reportedFrom, reportedTo, reason, pageSize);
        }
    }
}
