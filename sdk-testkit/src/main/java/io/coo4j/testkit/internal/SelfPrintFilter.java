package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.lifecycle.SelfPrintState;
import io.coo4j.core.model.CertificateRecord;
import java.util.Map;

/**
 * The filters of the self-print list (证书打印, 003: "证书编号 发票号 证书类别 申请人 出口商 打印状态 签发开始日期 签发结束日期
 * 归档状态"), read from a call's query, each value a {@code 400} naming its parameter when it cannot be read: the
 * certificate's own ({@link PrintedCertificateFilter}) and its print and archive states. Immutable.
 */
final class SelfPrintFilter {
    private final PrintedCertificateFilter certificate;
    private final SelfPrintState.Print print;
    private final SelfPrintState.Archive archive;

    SelfPrintFilter(Map<String, String> query) {
        certificate = new PrintedCertificateFilter(query);
        print = Params.enumValue(query, "print", SelfPrintState.Print.class);
        archive = Params.enumValue(query, "archive", SelfPrintState.Archive.class);
    }

    /** Whether the printable certificate {@code r}, in {@code state}, is listed. */
    boolean test(CertificateRecord r, SelfPrintState state) {
        return certificate.test(r) && is(print, state.print()) && is(archive, state.archive());
    }
}
