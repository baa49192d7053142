package io.coo4j.excel;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.CertificateRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Certificates as a list holds them, for the export and statistics tests. */
final class Entries {
    private Entries() {
    }

    /** A certificate created at {@code createdAt} (China time). */
    static CertificateRecord record(String type, String number, String invoice, LocalDateTime createdAt) {
        Certificate c = Certificate.builder().type(type).number(number).category(CertificateCategory.ORIGINAL)
                .invoiceNumber(invoice).destinationCountry("SG").applicationDate(createdAt.toLocalDate())
                .enterpriseNameCn("深圳示例有限公司").build();
        return new CertificateRecord(c, CertificateState.APPROVED, at(createdAt), null, List.of(), List.of());
    }

    static Instant at(LocalDateTime chinaTime) {
        return chinaTime.atZone(ChinaTime.ZONE).toInstant();
    }

    static CertificateEntry entry(String type, LocalDate created, String principal, String clerk, String user) {
        return new CertificateEntry(record(type, null, null, created.atTime(10, 0)), principal, clerk, user);
    }
}
