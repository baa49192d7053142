package io.coo4j.rules.internal;

import io.coo4j.core.validation.SourceGrade;
import java.math.BigDecimal;
import java.util.List;

/**
 * A row of {@code criteria.json}: the origin criteria of one certificate type, with where they come from and the
 * grade of that source (a list that is not authoritative only warns).
 */
public record CriteriaSet(String type, List<Criterion> criteria, SourceGrade grade, String source, String verify) {
    public CriteriaSet {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion code ({@code ""} for the criterion left empty) with its sub-criteria, the rule for its
     * auxiliary field (and the least percentage {@link Auxiliary#PERCENT_AT_LEAST} takes), the rule for the
     * import-content share and the destinations it is for (empty: all).
     */
    public record Criterion(String code, List<String> subCriteria, Auxiliary auxiliary, BigDecimal auxiliaryMin,
                            ImportShare importShare, BigDecimal importShareMax, List<String> destinations) {
        public Criterion {
            if ((auxiliary == Auxiliary.PERCENT_AT_LEAST) != (auxiliaryMin != null)) {
                throw new IllegalArgumentException("criterion '" + code + "': auxiliaryMin goes with PERCENT_AT_LEAST, and only with it");
            }
            subCriteria = List.copyOf(subCriteria);
            destinations = List.copyOf(destinations);
        }
    }

    /** What the auxiliary field (原产地标准辅助项) must hold. */
    public enum Auxiliary {
        /** Anything. */
        ANY,
        /** Nothing. */
        EMPTY,
        /** The HS heading as {@code XX.XX} (GSP W). */
        HEADING,
        /** {@code (100 − import share)%} (China–ASEAN, criterion left empty). */
        DOMESTIC_SHARE,
        /**
         * A content percentage such as {@code 40%} of at least {@code auxiliaryMin}, stated by the exporter and not
         * derived from the import share (China–Pakistan: single-country or cumulative content).
         */
        PERCENT_AT_LEAST
    }

    /** What the import-content share must be. */
    public enum ImportShare { ANY, ZERO, POSITIVE, AT_MOST }
}
