package io.coo4j.print.seal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import java.math.BigDecimal;

/**
 * A standard e-seal (制式电子签章) as the self-print system generates it from the seal's type and text
 * (003 印章制作): red; round with a five-pointed star and the text along the upper arc, oval with arc
 * text, or rectangular with the text in lines; a contract or finance seal carries its kind (合同专用章,
 * 财务专用章) under the centre. Sizes stay within the limits of {@link SealShape} (round Ø ≤ 45 mm,
 * rectangle ≤ 55 × 40 mm, oval ≤ 55 × 45 mm). Drawn as vector graphics on a page, or as a PNG or a PDF by
 * {@link SealGenerator}. Immutable.
 *
 * @param text     the enterprise name (up to 40 characters)
 * @since 0.1
 */
public record SealDesign(String text, SealKind kind, SealShape shape, double widthMm, double heightMm) implements Stamp {

    /** Longest seal text, in characters. */
    public static final int MAX_TEXT = 40;

    public SealDesign {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("seal", "text", "the seal needs a text");
        }
        text = text.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidInputException("seal", "text", "longer than " + MAX_TEXT + " characters");
        }
        if (kind == null || shape == null) {
            throw new InvalidInputException("seal", kind == null ? "kind" : "shape", "is required");
        }
        if (!(widthMm > 0 && heightMm > 0) || !shape.fits(BigDecimal.valueOf(widthMm), BigDecimal.valueOf(heightMm))) {
            throw new InvalidInputException("seal", "size", String.format(
                    "%.1f × %.1f mm is outside the limit for a %s seal (%s × %s mm)", widthMm, heightMm,
                    shape.name().toLowerCase(java.util.Locale.ROOT), shape.maxWidthMm(), shape.maxHeightMm()));
        }
        if (shape == SealShape.ROUND && widthMm != heightMm) {
            throw new InvalidInputException("seal", "size", "a round seal has one diameter");
        }
    }

    /** A seal in the usual size of its shape: round Ø 42 mm, oval 50 × 38 mm, rectangle 50 × 28 mm. */
    public static SealDesign of(String text, SealKind kind, SealShape shape) {
        return switch (shape) {
            case ROUND -> new SealDesign(text, kind, shape, 42, 42);
            case OVAL -> new SealDesign(text, kind, shape, 50, 38);
            case RECTANGLE -> new SealDesign(text, kind, shape, 50, 28);
        };
    }
}
