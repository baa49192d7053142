package io.coo4j.print;

import io.coo4j.core.InvalidInputException;
import io.coo4j.print.seal.Stamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How to print a document. Immutable; build with {@link #builder()}. The defaults print a standard original
 * with the background pattern (底纹), no seals, dated now.
 *
 * @param mode               standard or overlay (套打)
 * @param copy               mark the document COPY (副本) instead of ORIGINAL; a copy has no background pattern
 * @param offsetXMm          overlay calibration (打印维护), positive to the right
 * @param offsetYMm          overlay calibration, positive downwards
 * @param hyphenate          a hyphen where a word is broken across lines (连词符转换, off by default)
 * @param background         the vector background pattern on a standard original
 * @param enterpriseSeal     the exporter's seal at the declaration box
 * @param declarantSignature the declarant's signature at the declaration box
 * @param customsSeal        the issuing body's seal at the certification box
 * @param customsSignature   the issuing officer's signature at the certification box
 * @param fixedTime          when non-null, the creation date and the document ID derive from it, so the same
 *                           input gives the same bytes
 * @since 0.1
 */
public record RenderOptions(
        PrintMode mode,
        boolean copy,
        double offsetXMm,
        double offsetYMm,
        boolean hyphenate,
        boolean background,
        @Nullable Stamp enterpriseSeal,
        @Nullable Stamp declarantSignature,
        @Nullable Stamp customsSeal,
        @Nullable Stamp customsSignature,
        @Nullable Instant fixedTime) {

    /** The largest calibration offset accepted, in mm. */
    public static final double MAX_OFFSET_MM = 30;

    /** Refuses a missing mode and an offset beyond {@link #MAX_OFFSET_MM}. */
    public RenderOptions {
        InvalidInputException.requireArgument(mode, "render options", "mode");
        checkOffset("offsetXMm", offsetXMm);
        checkOffset("offsetYMm", offsetYMm);
    }

    private static void checkOffset(String name, double mm) {
        if (!(Math.abs(mm) <= MAX_OFFSET_MM)) { // NaN fails too
            throw new InvalidInputException("render options", name, "a calibration offset must be within ±" + MAX_OFFSET_MM
                    + " mm, found " + mm);
        }
    }

    /** The defaults: a standard original with the background pattern, no seals, dated now. */
    public static RenderOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link RenderOptions}. Not thread-safe. */
    public static final class Builder {
        private PrintMode mode = PrintMode.STANDARD;
        private boolean copy;
        private double offsetXMm;
        private double offsetYMm;
        private boolean hyphenate;
        private boolean background = true;
        private @Nullable Stamp enterpriseSeal;
        private @Nullable Stamp declarantSignature;
        private @Nullable Stamp customsSeal;
        private @Nullable Stamp customsSignature;
        private @Nullable Instant fixedTime;

        private Builder() {
        }

        private Builder(RenderOptions o) {
            mode = o.mode;
            copy = o.copy;
            offsetXMm = o.offsetXMm;
            offsetYMm = o.offsetYMm;
            hyphenate = o.hyphenate;
            background = o.background;
            enterpriseSeal = o.enterpriseSeal;
            declarantSignature = o.declarantSignature;
            customsSeal = o.customsSeal;
            customsSignature = o.customsSignature;
            fixedTime = o.fixedTime;
        }

        /** Standard or overlay (套打). */
        public Builder mode(PrintMode v) {
            mode = InvalidInputException.requireArgument(v, "RenderOptions.Builder.mode", "mode");
            return this;
        }

        /** Mark the document COPY (副本) instead of ORIGINAL; a copy has no background pattern. */
        public Builder copy(boolean v) { copy = v; return this; }
        /** A hyphen where a word is broken across lines (连词符转换, off by default). */
        public Builder hyphenate(boolean v) { hyphenate = v; return this; }
        /** The vector background pattern on a standard original. */
        public Builder background(boolean v) { background = v; return this; }
        /** The exporter's seal at the declaration box. */
        public Builder enterpriseSeal(@Nullable Stamp v) { enterpriseSeal = v; return this; }
        /** The declarant's signature at the declaration box. */
        public Builder declarantSignature(@Nullable Stamp v) { declarantSignature = v; return this; }
        /** The issuing body's seal at the certification box. */
        public Builder customsSeal(@Nullable Stamp v) { customsSeal = v; return this; }
        /** The issuing officer's signature at the certification box. */
        public Builder customsSignature(@Nullable Stamp v) { customsSignature = v; return this; }
        /** When non-null, the creation date and the document ID derive from it, so the same input gives the same bytes. */
        public Builder fixedTime(@Nullable Instant v) { fixedTime = v; return this; }

        /** Overlay calibration (打印维护), positive to the right. */
        public Builder offsetXMm(double v) { offsetXMm = v; return this; }
        /** Overlay calibration, positive downwards. */
        public Builder offsetYMm(double v) { offsetYMm = v; return this; }

        /** Overlay calibration offsets in mm (right, down). */
        public Builder offset(double xMm, double yMm) {
            return offsetXMm(xMm).offsetYMm(yMm);
        }

        /** The options set so far. */
        public RenderOptions build() {
            return new RenderOptions(mode, copy, offsetXMm, offsetYMm, hyphenate, background, enterpriseSeal,
                    declarantSignature, customsSeal, customsSignature, fixedTime);
        }
    }
}
