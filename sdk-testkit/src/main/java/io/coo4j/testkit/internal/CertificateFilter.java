package io.coo4j.testkit.internal;

import static io.coo4j.testkit.internal.QueryFilters.is;

import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.Receipt;
import io.coo4j.excel.CertificateEntry;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The filters of 证书查询 (003 证书申请查询: 证书号, 创建日期 从 至, 发票号, 证书类型, 备案号, 证书类别, 申报日期 从 至,
 * 目的国/地区, 单据状态, 当前登录用户; 001 ch.5) and the entry clerk (录入员), read from a call's query: each value a
 * {@code 400} naming its parameter when it cannot be read, a range whose start is after its end naming the start.
 * Without a state, archived certificates are left out (001 ch.5: "证书存档后，默认的证书查询列表不再展示。如需查询已存档的
 * 证书，先选择右上角单据状态为'已手动存档'后再点击查询"). The declaration date is that of the latest 数据已发往海关 receipt.
 * Immutable.
 */
final class CertificateFilter implements Predicate<CertificateEntry> {
    /** The code of the receipt a declaration gets at once (docs/api.md, "Receipts"). */
    private static final String DECLARED = "0001";

    private final CertificateState state;
    private final String type;
    private final QueryFilters.Range<Instant> created;
    private final String number;
    private final String invoiceNumber;
    private final String filingNumber;
    private final CertificateCategory category;
    private final String destination;
    private final QueryFilters.Range<Instant> declared;
    private final String loginUser;
    private final String entryClerk;

    CertificateFilter(Map<String, String> query) {
        state = Params.enumValue(query, "state", CertificateState.class);
        type = query.get("type");
        created = QueryFilters.instants(query, "createdFrom", "createdTo");
        number = query.get("number");
        invoiceNumber = query.get("invoiceNumber");
        filingNumber = query.get("filingNumber");
        category = Params.enumValue(query, "category", CertificateCategory.class);
        destination = query.get("destination");
        declared = QueryFilters.instants(query, "declaredFrom", "declaredTo");
        loginUser = query.get("loginUser");
        entryClerk = query.get("entryClerk");
    }

    @Override
    public boolean test(CertificateEntry entry) {
        Certificate c = entry.record().certificate();
        CertificateState s = entry.record().state();
        return (state == null ? s != CertificateState.ARCHIVED : s == state)
                && is(type, c.type()) && is(number, c.number()) && is(invoiceNumber, c.invoiceNumber())
                && is(filingNumber, c.filingNumber()) && (category == null || category == c.category())
                && is(destination, c.destinationCountry()) && is(loginUser, entry.loginUser())
                && is(entryClerk, entry.entryClerk())
                && created.contains(entry.record().createdAt()) && declared.contains(declaredAt(entry));
    }

    private static Instant declaredAt(CertificateEntry entry) {
        Instant at = null;
        for (Receipt r : entry.record().receipts()) {
            if (DECLARED.equals(r.code())) {
                at = r.time();
            }
        }
        return at;
    }
}
