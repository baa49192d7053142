package io.coo4j.print;

/**
 * Standard prints the whole form on plain A4; overlay (套打) prints only the data, at the form's positions
 * moved by the calibration offsets, onto a pre-printed blank (docs/domain.md, "Self-print").
 *
 * @since 0.1
 */
public enum PrintMode {
    /** The whole form with the data on plain A4 paper. */
    STANDARD,
    /** 套打: only the data, onto a pre-printed blank form, shifted by the calibration offsets; certificates only. */
    OVERLAY
}
