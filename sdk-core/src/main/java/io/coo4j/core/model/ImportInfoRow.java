package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One goods row of the networked import information query (000): only {@code 海关接收成功} lets an import
 * declaration use the proof.
 *
 * @param agreement the two-digit agreement code
 * @param originCountry the country of origin, ISO 3166-1 alpha-2
 * @param proofNumber the proof of origin's number
 * @param proofType the kind of proof of origin
 * @param hsCode the goods' HS code
 * @param issueDate the proof's issue date
 * @param status the proof's status, e.g. {@code 海关接收成功}
 * @param itemNumber the goods line's number on the proof
 * @param unit the goods line's unit code
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
