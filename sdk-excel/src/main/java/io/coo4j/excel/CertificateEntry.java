package io.coo4j.excel;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import java.util.Objects;

/**
 * A certificate as an enterprise's list shows it, for exports and statistics (业务统计, 001 ch.11; 003): the record
 * (document, state, creation time) and who handled it — the principal (委托企业) it was declared for, the entry clerk
 * (录入员) who keyed it and the login user (登录用户) who worked on it. A null {@code principal} is taken from the
 * certificate: its Chinese enterprise name, else its filing number, else its credit code. Clerk and user may be null
 * (not known); statistics count them as "not given".
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public record CertificateEntry(CertificateRecord record, String principal, String entryClerk, String loginUser) {
    public CertificateEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.certificate(), "record.certificate");
        if (principal == null) {
            Certificate c = record.certificate();
            principal = c.enterpriseNameCn() != null ? c.enterpriseNameCn()
                    : c.filingNumber() != null ? c.filingNumber() : c.creditCode();
        }
    }
}
