package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One goods row of the networked import information query (000): only {@code 海关接收成功} lets an import
 * declaration use the proof.
 */
public record ImportInfoRow(
        @Nullable String agreement,
        @Nullable String originCountry,
        @Nullable String proofNumber,
        @Nullable String proofType,
        @Nullable String hsCode,
        @Nullable LocalDate issueDate,
        @Nullable String status,
        int itemNumber,
        @Nullable String unit) {

    /** The status that lets an import declaration use the proof. */
    public static final String USABLE_STATUS = "海关接收成功";

    /** Whether an import declaration may use the proof: its status is {@link #USABLE_STATUS}. */
    public boolean usableForImport() {
        return USABLE_STATUS.equals(status);
    }
}
