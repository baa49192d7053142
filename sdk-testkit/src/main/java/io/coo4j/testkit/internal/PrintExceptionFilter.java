package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.lifecycle.PrintExceptionReason;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.PrintException;
import java.time.Instant;
import java.util.Map;

/**
 * The filters of the print exception applications list (打印异常申请 → 异常申请列表, 003: "证书编号 发票号 证书类别 申请人
 * 出口商 签发开始日期 签发结束日期 异常申请开始日期 异常申请结束日期"), read from a call's query, each value a {@code 400} naming
 * its parameter when it cannot be read: the certificate's own ({@link PrintedCertificateFilter}), when the application
 * was made ({@code reportedFrom} included, {@code reportedTo} excluded) and, coo4j's, its {@code reason} (the list's
 * column 异常操作类型). Immutable.
 */
final class PrintExceptionFilter {
    private final PrintedCertificateFilter certificate;
    private final QueryFilters.Range<Instant> reported;
    private final PrintExceptionReason reason;

    PrintExceptionFilter(Map<String, String> query) {
        certificate = new PrintedCertificateFilter(query);
        reported = QueryFilters.instants(query, "reportedFrom", "reportedTo");
        reason = Params.enumValue(query, "reason", PrintExceptionReason.class);
    }

    /** Whether the application {@code e}, made for the certificate of {@code r}, is listed. */
    boolean test(CertificateRecord r, PrintException e) {
        return certificate.test(r) && reported.contains(e.reportedAt()) && is(reason, e.reason());
    }
}
