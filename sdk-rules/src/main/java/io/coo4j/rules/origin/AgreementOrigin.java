package io.coo4j.rules.origin;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A row of {@code origin.json}: an agreement's general rule (null where only product-specific rules apply), its
 * de minimis share of FOB (null where none), and the criterion its certificate prints for each way of
 * qualifying ({@code WO}, {@code PE}, {@code CTC}, {@code RVC}, {@code PSR}; null where coo4j does not know).
 */
public record AgreementOrigin(String agreement, String generalRule, BigDecimal deMinimisPercent,
                              Map<String, String> criteria, String source, String verify) {
    public AgreementOrigin {
        criteria = criteria == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(criteria));
    }
}
