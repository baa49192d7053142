package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import java.time.Instant;
import java.util.Map;

/**
 * The filters the self-print screens share for the certificate itself (003 证书打印 and 打印异常申请: "证书编号 发票号 证书类别
 * 申请人 出口商 签发开始日期 签发结束日期"), read from a call's query, each value a {@code 400} naming its parameter when it
 * cannot be read. 申请人 is the declaring enterprise's Chinese name, 出口商 the exporter's name, 证书类别 the certificate type
 * (the screen's column shows the agreement); names are compared exactly. Immutable.
 */
final class PrintedCertificateFilter {
    private final String number;
    private final String invoiceNumber;
    private final String type;
    private final String applicant;
    private final String exporter;
    private final QueryFilters.Range<Instant> issued;

    PrintedCertificateFilter(Map<String, String> query) {
        number = query.get("number");
        invoiceNumber = query.get("invoiceNumber");
        type = query.get("type");
        applicant = query.get("applicant");
        exporter = query.get("exporter");
        issued = QueryFilters.instants(query, "issuedFrom", "issuedTo");
    }

    /** Whether the certificate of {@code r} passes. */
    boolean test(CertificateRecord r) {
        Certificate c = r.certificate();
        return is(number, c.number()) && is(invoiceNumber, c.invoiceNumber()) && is(type, c.type())
                && is(applicant, c.enterpriseNameCn())
                && (exporter == null || c.exporter() != null && exporter.equals(c.exporter().name()))
                && issued.contains(r.issuedAt());
    }
}
