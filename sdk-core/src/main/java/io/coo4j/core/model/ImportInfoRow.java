package io.coo4j.core.model;

import java.time.LocalDate;

/**
 * One goods row of the networked import information query (000): only {@code 海关接收成功} lets an import
 * declaration use the proof.
 */
public record ImportInfoRow(
        String agreement,
        String originCountry,
        String proofNumber,
        String proofType,
        String hsCode,
        LocalDate issueDate,
        String status,
        int itemNumber,
        String unit) {

    /** The status that lets an import declaration use the proof. */
    public static final String USABLE_STATUS = "海关接收成功";

    public boolean usableForImport() {
        return USABLE_STATUS.equals(status);
    }
}
