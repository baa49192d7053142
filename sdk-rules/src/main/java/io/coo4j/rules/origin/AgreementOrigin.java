package io.coo4j.rules.origin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code origin.json}: an agreement's general rule (null where only product-specific rules apply), its
 * de minimis share of FOB (null where none), the chapter ranges ({@code "15-24"}) whose products may not use de
 * minimis for a material of their own subheading, and the criterion its certificate prints for each way of
 * qualifying ({@code WO}, {@code PE}, {@code CTC}, {@code RVC}, {@code PSR}; null where coo4j does not know).
 */
public record AgreementOrigin(String agreement, String generalRule, BigDecimal deMinimisPercent,
                              List<String> deMinimisSameSubheadingExcluded, Map<String, String> criteria, String source,
                              String verify) {
    public AgreementOrigin {
        deMinimisSameSubheadingExcluded = deMinimisSameSubheadingExcluded == null ? List.of()
                : List.copyOf(deMinimisSameSubheadingExcluded);
        criteria = criteria == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(criteria));
    }

    /** Whether products of {@code chapter} may not use de minimis for a material of their own subheading. */
    public boolean sameSubheadingExcluded(String chapter) {
        for (String range : deMinimisSameSubheadingExcluded) {
            String[] ends = range.split("-");
            String to = ends.length > 1 ? ends[1] : ends[0];
            if (chapter.compareTo(ends[0]) >= 0 && chapter.compareTo(to) <= 0) {
                return true;
            }
        }
        return false;
    }
}
