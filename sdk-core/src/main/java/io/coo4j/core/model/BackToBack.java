package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The inbound original proof of origin behind an RCEP back-to-back certificate (背对背原产地证书,
 * 001 §1.26) or a China–ASEAN movement certificate (流动证明, 001 §1.24).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record BackToBack(
        @Nullable String originalProofNumber,
        @Nullable LocalDate originalIssueDate,
        @Nullable String firstExportingCountry,
        @Nullable String approvedExporterNumber) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().originalProofNumber(originalProofNumber).originalIssueDate(originalIssueDate)
                .firstExportingCountry(firstExportingCountry).approvedExporterNumber(approvedExporterNumber);
    }

    /** Builder of {@link BackToBack}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String originalProofNumber;
        private @Nullable LocalDate originalIssueDate;
        private @Nullable String firstExportingCountry;
        private @Nullable String approvedExporterNumber;

        private Builder() {
        }

        public Builder originalProofNumber(@Nullable String v) { originalProofNumber = v; return this; }
        public Builder originalIssueDate(@Nullable LocalDate v) { originalIssueDate = v; return this; }
        public Builder firstExportingCountry(@Nullable String v) { firstExportingCountry = v; return this; }
        public Builder approvedExporterNumber(@Nullable String v) { approvedExporterNumber = v; return this; }

        public BackToBack build() {
            return new BackToBack(originalProofNumber, originalIssueDate, firstExportingCountry,
                    approvedExporterNumber);
        }
    }
}
