package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.lifecycle.SelfPrintState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import java.time.Instant;
import java.util.Map;

/**
 * The filters of the self-print list (证书打印, 003: "证书编号 发票号 证书类别 申请人 出口商 打印状态 签发开始日期 签发结束日期
 * 归档状态"), read from a call's query, each value a {@code 400} naming its parameter when it cannot be read. 申请人 is
 * the declaring enterprise's Chinese name, 出口商 the exporter's name, 证书类别 the certificate type (the screen's
 * column shows the agreement); names are compared exactly. Immutable.
 */
final class SelfPrintFilter {
    private final String number;
    private final String invoiceNumber;
    private final String type;
    private final String applicant;
    private final String exporter;
    private final SelfPrintState.Print print;
    private final SelfPrintState.Archive archive;
    private final QueryFilters.Range<Instant> issued;

    SelfPrintFilter(Map<String, String> query) {
        number = query.get("number");
        invoiceNumber = query.get("invoiceNumber");
        type = query.get("type");
        applicant = query.get("applicant");
        exporter = query.get("exporter");
        print = Params.enumValue(query, "print", SelfPrintState.Print.class);
        archive = Params.enumValue(query, "archive", SelfPrintState.Archive.class);
        issued = QueryFilters.instants(query, "issuedFrom", "issuedTo");
    }

    /** Whether the printable certificate {@code r}, in {@code state}, is listed. */
    boolean test(CertificateRecord r, SelfPrintState state) {
        Certificate c = r.certificate();
        return is(number, c.number()) && is(invoiceNumber, c.invoiceNumber()) && is(type, c.type())
                && is(applicant, c.enterpriseNameCn())
                && (exporter == null || c.exporter() != null && exporter.equals(c.exporter().name()))
                && is(print, state.print()) && is(archive, state.archive()) && issued.contains(r.issuedAt());
    }
}
