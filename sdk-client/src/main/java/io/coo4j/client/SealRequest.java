package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new enterprise seal for self-print (印章制作, 003): either a standard seal (制式电子签章) the service draws from
 * {@code name}, {@code kind} and {@code shape} ({@code scan} {@code null}), or a real seal the service extracts from
 * a scan of it on white A4 ({@code scan}, JPEG or PNG, red or blue ink, at {@code scanDpi}, 600 recommended). The
 * service measures the seal and refuses one over its shape's limits (round Ø ≤ 45 mm, rectangle ≤ 55 × 40 mm, oval
 * ≤ 55 × 45 mm); the name is at most 25 characters, the remark 200. Immutable by convention: do not change the array.
 *
 * @param name       the seal's name, at most 25 characters: the enterprise's name on a standard seal
 * @param kind       what the seal is for (印章类型): 公章, 合同专用章 or 财务专用章
 * @param shape      the seal's outline, which bounds its size
 * @param remark     a remark, at most 200 characters; {@code null} for none
 * @param validFrom  the first day the seal may be used
 * @param validUntil the last day the seal may be used
 * @param scan       a scan of the real seal (JPEG or PNG, red or blue ink on white A4); {@code null} for a standard
 *                   seal
 * @param scanDpi    the scan's resolution in dots per inch; required with a scan, {@code null} without
 * @since 0.1
 */
public record SealRequest(
        String name,
        SealKind kind,
        SealShape shape,
        @Nullable String remark,
        LocalDate validFrom,
        LocalDate validUntil,
        byte @Nullable [] scan,
        @Nullable Integer scanDpi) {

    /** A standard seal drawn by the service, valid over {@code validFrom}–{@code validUntil}. */
    public static SealRequest standard(String name, SealKind kind, SealShape shape, LocalDate validFrom,
                                       LocalDate validUntil) {
        String source = "SealRequest.standard";
        return new SealRequest(InvalidInputException.requireArgument(name, source, "name"),
                InvalidInputException.requireArgument(kind, source, "kind"),
                InvalidInputException.requireArgument(shape, source, "shape"), null,
                InvalidInputException.requireArgument(validFrom, source, "validFrom"),
                InvalidInputException.requireArgument(validUntil, source, "validUntil"), null, null);
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().name(name).kind(kind).shape(shape).remark(remark).validFrom(validFrom)
                .validUntil(validUntil).scan(scan).scanDpi(scanDpi);
    }

    /** Builder of {@link SealRequest}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable SealKind kind;
        private @Nullable SealShape shape;
        private @Nullable String remark;
        private @Nullable LocalDate validFrom;
        private @Nullable LocalDate validUntil;
        private byte @Nullable [] scan;
        private @Nullable Integer scanDpi;

        private Builder() {
        }

        /** The seal's name, at most 25 characters. */
        public Builder name(String v) {
            name = InvalidInputException.requireArgument(v, "SealRequest.Builder.name", "name");
            return this;
        }

        /** The kind of seal. */
        public Builder kind(SealKind v) {
            kind = InvalidInputException.requireArgument(v, "SealRequest.Builder.kind", "kind");
            return this;
        }

        /** The seal's shape. */
        public Builder shape(SealShape v) {
            shape = InvalidInputException.requireArgument(v, "SealRequest.Builder.shape", "shape");
            return this;
        }

        /** A remark, at most 200 characters; {@code null} for none. */
        public Builder remark(@Nullable String v) { remark = v; return this; }
        /** The first day the seal is valid. */
        public Builder validFrom(LocalDate v) {
            validFrom = InvalidInputException.requireArgument(v, "SealRequest.Builder.validFrom", "validFrom");
            return this;
        }

        /** The last day the seal is valid. */
        public Builder validUntil(LocalDate v) {
            validUntil = InvalidInputException.requireArgument(v, "SealRequest.Builder.validUntil", "validUntil");
            return this;
        }

        /** A scan of a real seal (JPEG or PNG); {@code null} for a standard seal. */
        public Builder scan(byte @Nullable [] v) { scan = v; return this; }
        /** The scan's resolution in dots per inch; {@code null} without a scan. */
        public Builder scanDpi(@Nullable Integer v) { scanDpi = v; return this; }

        /** The request. */
        public SealRequest build() {
            return new SealRequest(name, kind, shape, remark, validFrom, validUntil, scan, scanDpi);
        }
    }
}
