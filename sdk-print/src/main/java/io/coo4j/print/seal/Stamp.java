package io.coo4j.print.seal;

/**
 * Something stamped on a page at a seal or signature box: a generated seal drawn as vector graphics
 * ({@link SealDesign}) or an image extracted from a scan ({@link StampImage}).
 *
 * @since 0.1
 */
public sealed interface Stamp permits SealDesign, StampImage {
    /** Printed width in mm. */
    double widthMm();

    /** Printed height in mm. */
    double heightMm();
}
