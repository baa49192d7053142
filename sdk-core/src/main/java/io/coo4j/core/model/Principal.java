package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A principal of an agent (委托企业, 001 ch.3): kept to pre-fill the certificates declared for it.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param code the principal's enterprise code
 * @param nameCn the principal's Chinese name
 * @param nameEn the principal's English name
 * @param address the principal's address
 */
public record Principal(
        @Nullable String code,
        @Nullable String nameCn,
        @Nullable String nameEn,
        @Nullable String address) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().code(code).nameCn(nameCn).nameEn(nameEn).address(address);
    }

    /** Builder of {@link Principal}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String nameCn;
        private @Nullable String nameEn;
        private @Nullable String address;

        private Builder() {
        }

        /** The principal's enterprise code. */
        public Builder code(@Nullable String v) { code = v; return this; }
        /** The principal's Chinese name. */
        public Builder nameCn(@Nullable String v) { nameCn = v; return this; }
        /** The principal's English name. */
        public Builder nameEn(@Nullable String v) { nameEn = v; return this; }
        /** The principal's address. */
        public Builder address(@Nullable String v) { address = v; return this; }

        /** Builds the value from the fields set so far. */
        public Principal build() {
            return new Principal(code, nameCn, nameEn, address);
        }
    }
}
