package io.coo4j.print;

/**
 * Standard prints the whole form on plain A4; overlay (套打) prints only the data, at the form's positions
 * moved by the calibration offsets, onto a pre-printed blank (docs/domain.md, "Self-print").
 *
 * @since 0.1
 */
public enum PrintMode {
    STANDARD,
    OVERLAY
}
