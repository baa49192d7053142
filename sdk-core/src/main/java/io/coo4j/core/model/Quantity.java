package io.coo4j.core.model;

import java.math.BigDecimal;

/** A quantity with its unit code (a code of the unit table, e.g. {@code PCS}). */
public record Quantity(BigDecimal value, String unit) {
}
