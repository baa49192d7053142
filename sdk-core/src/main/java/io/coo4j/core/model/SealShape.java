package io.coo4j.core.model;

import java.math.BigDecimal;

/**
 * The outline of a seal, with its size limits from 003: round Ø ≤ 45 mm, rectangle ≤ 55 × 40 mm,
 * oval ≤ 55 × 45 mm.
 */
public enum SealShape {
    ROUND(new BigDecimal("45"), new BigDecimal("45")),
    RECTANGLE(new BigDecimal("55"), new BigDecimal("40")),
    OVAL(new BigDecimal("55"), new BigDecimal("45"));

    private final BigDecimal maxWidthMm;
    private final BigDecimal maxHeightMm;

    SealShape(BigDecimal maxWidthMm, BigDecimal maxHeightMm) {
        this.maxWidthMm = maxWidthMm;
        this.maxHeightMm = maxHeightMm;
    }

    public BigDecimal maxWidthMm() {
        return maxWidthMm;
    }

    public BigDecimal maxHeightMm() {
        return maxHeightMm;
    }

    /** Whether a seal of this size is within the limits. */
    public boolean fits(BigDecimal widthMm, BigDecimal heightMm) {
        return widthMm.signum() > 0 && heightMm.signum() > 0
                && widthMm.compareTo(maxWidthMm) <= 0 && heightMm.compareTo(maxHeightMm) <= 0;
    }
}
