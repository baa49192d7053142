package io.coo4j.core.model;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;

/**
 * The outline of a seal, with its size limits from 003: round Ø ≤ 45 mm, rectangle ≤ 55 × 40 mm,
 * oval ≤ 55 × 45 mm.
 */
public enum SealShape {
    /** Round, at most 45 mm across. */
    ROUND(new BigDecimal("45"), new BigDecimal("45")),
    /** Rectangular, at most 55 mm wide and 40 mm high. */
    RECTANGLE(new BigDecimal("55"), new BigDecimal("40")),
    /** Oval, at most 55 mm wide and 45 mm high. */
    OVAL(new BigDecimal("55"), new BigDecimal("45"));

    private final BigDecimal maxWidthMm;
    private final BigDecimal maxHeightMm;

    SealShape(BigDecimal maxWidthMm, BigDecimal maxHeightMm) {
        this.maxWidthMm = maxWidthMm;
        this.maxHeightMm = maxHeightMm;
    }

    /**
     * The widest a seal of this shape may be.
     *
     * @return the width limit in millimetres
     */
    public BigDecimal maxWidthMm() {
        return maxWidthMm;
    }

    /**
     * The highest a seal of this shape may be.
     *
     * @return the height limit in millimetres
     */
    public BigDecimal maxHeightMm() {
        return maxHeightMm;
    }

    /**
     * Whether a seal of this size is within the limits.
     *
     * @param widthMm  the seal's width in millimetres
     * @param heightMm the seal's height in millimetres
     * @return true when both are positive and within this shape's limits
     */
    public boolean fits(BigDecimal widthMm, BigDecimal heightMm) {
        InvalidInputException.requireArgument(widthMm, "SealShape.fits", "widthMm");
        InvalidInputException.requireArgument(heightMm, "SealShape.fits", "heightMm");
        return widthMm.signum() > 0 && heightMm.signum() > 0
                && widthMm.compareTo(maxWidthMm) <= 0 && heightMm.compareTo(maxHeightMm) <= 0;
    }
}
