package io.coo4j.print.seal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A standard e-seal (制式电子签章) as the self-print system generates it from the seal's type and text
 * (003 印章制作): red; round with a five-pointed star and the text along the upper arc, oval with arc
 * text, or rectangular with the text in lines; a contract or finance seal carries its kind (合同专用章,
 * 财务专用章) under the centre. Sizes stay within the limits of {@link SealShape} (round Ø ≤ 45 mm,
 * rectangle ≤ 55 × 40 mm, oval ≤ 55 × 45 mm). Drawn as vector graphics on a page, or as a PNG or a PDF by
 * {@link SealGenerator}. Immutable; build with {@link #of} in the usual size of the shape, or with {@link #builder()}.
 *
 * @param text     the enterprise name (up to 40 characters)
 * @param kind the seal's kind (印章类型), printed under the centre for a contract or finance seal
 * @param shape round, oval or rectangular
 * @param widthMm the width in millimetres
 * @param heightMm the height in millimetres
 * @since 0.1
 */
public record SealDesign(String text, SealKind kind, SealShape shape, double widthMm, double heightMm) implements Stamp {

    /** Longest seal text, in characters. */
    public static final int MAX_TEXT = 40;

    /** Refuses a blank or too long text, a missing kind or shape, and a size beyond the shape's limits. */
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
        return switch (InvalidInputException.requireArgument(shape, "seal", "shape")) {
            case ROUND -> new SealDesign(text, kind, shape, 42, 42);
            case OVAL -> new SealDesign(text, kind, shape, 50, 38);
            case RECTANGLE -> new SealDesign(text, kind, shape, 50, 28);
        };
    }

    /** A builder with every field empty; text, kind, shape and both sizes are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this design's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().text(text).kind(kind).shape(shape).widthMm(widthMm).heightMm(heightMm);
    }

    /** Builder of {@link SealDesign}; {@link #build()} makes the design's checks. Not thread-safe. */
    public static final class Builder {
        private @Nullable String text;
        private @Nullable SealKind kind;
        private @Nullable SealShape shape;
        private double widthMm;
        private double heightMm;

        private Builder() {
        }

        /** The enterprise name (up to 40 characters). */
        public Builder text(@Nullable String v) { text = v; return this; }
        /** The seal's kind (印章类型), printed under the centre for a contract or finance seal. */
        public Builder kind(@Nullable SealKind v) { kind = v; return this; }
        /** Round, oval or rectangular. */
        public Builder shape(@Nullable SealShape v) { shape = v; return this; }
        /** The width in millimetres. */
        public Builder widthMm(double v) { widthMm = v; return this; }
        /** The height in millimetres. */
        public Builder heightMm(double v) { heightMm = v; return this; }

        /**
         * The design.
         *
         * @throws InvalidInputException naming the field that is missing or outside the limits of the shape
         */
        public SealDesign build() {
            return new SealDesign(text, kind, shape, widthMm, heightMm);
        }
    }
}
