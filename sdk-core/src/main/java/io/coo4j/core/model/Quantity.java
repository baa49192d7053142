package io.coo4j.core.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A quantity with its unit code (a code of the unit table, e.g. {@code PCS}).
 *
 * @param value the amount
 * @param unit the unit code, e.g. {@code PCS}
 */
public record Quantity(@Nullable BigDecimal value, @Nullable String unit) {
}
