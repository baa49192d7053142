package io.coo4j.client;

import io.coo4j.core.lifecycle.SelfPrintState;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the self-print list (证书打印, 003: "证书编号 发票号 证书类别 申请人 出口商 打印状态 签发开始日期 签发结束日期
 * 归档状态"), the same for listing and for its export (导出); every field is optional ({@code null}: no filter). The
 * screen opens with 打印状态 待打印 and 归档状态 全部: ask for {@link SelfPrintState.Print#PENDING} to see what it shows.
 * Names are compared exactly (the manual does not say the screen matches a part). Checked when made: an issue date
 * range whose start is after its end, or a page size outside 0–200, is an {@link io.coo4j.core.InvalidInputException}
 * naming the field. Immutable; build with {@link #builder()}.
 *
 * @param number        only the certificate with this number (证书编号)
 * @param invoiceNumber only certificates with this invoice number (发票号)
 * @param type          only this certificate type code (证书类别: the screen's column shows the type, e.g.
 *                      中国-巴基斯坦…, 一般原产地证…)
 * @param applicant     only certificates whose applicant (申请人), the declaring enterprise's Chinese name, is this
 * @param exporter      only certificates whose exporter's name (出口商) is this
 * @param print         only certificates in this print state (打印状态: 待打印, 已打印)
 * @param archive       only certificates in this archive state (归档状态: 未归档, 已归档)
 * @param issuedFrom    only certificates issued at or after (签发开始日期)
 * @param issuedTo      only certificates issued before (签发结束日期)
 * @param pageSize      certificates per page fetched (1–200; {@code 0} for the service's default); not used by the
 *                      export, which writes every match
 * @since 0.1
 */
public record SelfPrintQuery(
        @Nullable String number,
        @Nullable String invoiceNumber,
        @Nullable String type,
        @Nullable String applicant,
        @Nullable String exporter,
        SelfPrintState.@Nullable Print print,
        SelfPrintState.@Nullable Archive archive,
        @Nullable Instant issuedFrom,
        @Nullable Instant issuedTo,
        int pageSize) {
    /** Checks the values: see the type's description. */
    public SelfPrintQuery {
        parameters(number, invoiceNumber, type, applicant, exporter, print, archive, issuedFrom, issuedTo, pageSize);
    }

    /** Every printable certificate, the service's page size. */
    public static SelfPrintQuery all() {
        return builder().build();
    }

    /** A builder with no filter: every printable certificate. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().number(number).invoiceNumber(invoiceNumber).type(type).applicant(applicant)
                .exporter(exporter).print(print).archive(archive).issuedFrom(issuedFrom).issuedTo(issuedTo)
                .pageSize(pageSize);
    }

    /** The query parameters of {@code GET /self-print/certificates} and its export, without paging. */
    Map<String, String> parameters() {
        return parameters(number, invoiceNumber, type, applicant, exporter, print, archive, issuedFrom, issuedTo,
                pageSize).values();
    }

    private static QueryParameters parameters(String number, String invoiceNumber, String type, String applicant,
                                              String exporter, SelfPrintState.Print print,
                                              SelfPrintState.Archive archive, Instant issuedFrom, Instant issuedTo,
                                              int pageSize) {
        QueryParameters p = new QueryParameters("self-print query");
        p.pageSize(pageSize);
        return printed(p, number, invoiceNumber, type, applicant, exporter, issuedFrom, issuedTo).put("print", print)
                .put("archive", archive);
    }

    /**
     * The filters the self-print screens share for the certificate itself (003 证书打印 and 打印异常申请: 证书编号 发票号 证书类别
     * 申请人 出口商 签发开始日期 签发结束日期), added to {@code p}.
     */
    static QueryParameters printed(QueryParameters p, String number, String invoiceNumber, String type,
                                   String applicant, String exporter, Instant issuedFrom, Instant issuedTo) {
        return p.put("number", number).put("invoiceNumber", invoiceNumber).put("type", type)
                .put("applicant", applicant).put("exporter", exporter)
                .range("issuedFrom", issuedFrom, "issuedTo", issuedTo);
    }

    /** Builds a {@link SelfPrintQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String number;
        private @Nullable String invoiceNumber;
        private @Nullable String type;
        private @Nullable String applicant;
        private @Nullable String exporter;
        private SelfPrintState.@Nullable Print print;
        private SelfPrintState.@Nullable Archive archive;
        private @Nullable Instant issuedFrom;
        private @Nullable Instant issuedTo;
        private int pageSize;

        private Builder() {
        }

        /** Only the certificate with this number (证书编号). */
        public Builder number(@Nullable String value) { number = value; return this; }
        /** Only certificates with this invoice number (发票号). */
        public Builder invoiceNumber(@Nullable String value) { invoiceNumber = value; return this; }
        /** Only this certificate type code (证书类别). */
        public Builder type(@Nullable String value) { type = value; return this; }
        /** Only certificates whose applicant (申请人), the declaring enterprise's Chinese name, is this. */
        public Builder applicant(@Nullable String value) { applicant = value; return this; }
        /** Only certificates whose exporter's name (出口商) is this. */
        public Builder exporter(@Nullable String value) { exporter = value; return this; }
        /** Only certificates in this print state (打印状态). */
        public Builder print(SelfPrintState.@Nullable Print value) { print = value; return this; }
        /** Only certificates in this archive state (归档状态). */
        public Builder archive(SelfPrintState.@Nullable Archive value) { archive = value; return this; }
        /** Only certificates issued at or after this instant (签发开始日期). */
        public Builder issuedFrom(@Nullable Instant value) { issuedFrom = value; return this; }
        /** Only certificates issued before this instant (签发结束日期). */
        public Builder issuedTo(@Nullable Instant value) { issuedTo = value; return this; }
        /** Certificates per page fetched: 1–200, or {@code 0} (the default) for the service's; not for the export. */
        public Builder pageSize(int value) { pageSize = value; return this; }

        /** The query, checked (see {@link SelfPrintQuery}). */
        public SelfPrintQuery build() {
            return new SelfPrintQuery(number, invoiceNumber, type, applicant, exporter, print, archive, issuedFrom,
                    issuedTo, pageSize);
        }
    }
}
