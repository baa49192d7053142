package io.coo4j.print.seal;

import io.coo4j.core.InvalidInputException;

/**
 * A seal or signature as an image: a PNG with a transparent background and the size it prints at, as
 * {@link SealExtractor} produces it from a scan. Immutable by convention: do not change the array
 * {@link #png()} returns.
 *
 * @param png      the image, PNG with a transparent background; not empty
 * @param widthMm  the width it prints at, in millimetres, above 0 and at most 100
 * @param heightMm the height it prints at, in millimetres, above 0 and at most 100
 * @since 0.1
 */
public record StampImage(byte[] png, double widthMm, double heightMm) implements Stamp {
    /** Refuses an empty image. */
    public StampImage {
        if (png == null || png.length == 0) {
            throw new InvalidInputException("stamp", "png", "no image");
        }
        if (!(widthMm > 0 && heightMm > 0 && widthMm <= 100 && heightMm <= 100)) {
            throw new InvalidInputException("stamp", "size", "a stamp must be between 0 and 100 mm each way");
        }
    }
}
