package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The producer of one goods line (生产企业), for the forms that print a producer per line (Form H, RCEP).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record GoodsProducer(
        @Nullable String code,
        @Nullable String name,
        @Nullable String description,
        @Nullable String contactName,
        @Nullable String phone,
        @Nullable String fax,
        @Nullable String email,
        boolean confidential) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().code(code).name(name).description(description).contactName(contactName).phone(phone).fax(fax)
                .email(email).confidential(confidential);
    }

    /** Builder of {@link GoodsProducer}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String name;
        private @Nullable String description;
        private @Nullable String contactName;
        private @Nullable String phone;
        private @Nullable String fax;
        private @Nullable String email;
        private boolean confidential;

        private Builder() {
        }

        public Builder code(@Nullable String v) { code = v; return this; }
        public Builder name(@Nullable String v) { name = v; return this; }
        public Builder description(@Nullable String v) { description = v; return this; }
        public Builder contactName(@Nullable String v) { contactName = v; return this; }
        public Builder phone(@Nullable String v) { phone = v; return this; }
        public Builder fax(@Nullable String v) { fax = v; return this; }
        public Builder email(@Nullable String v) { email = v; return this; }
        public Builder confidential(boolean v) { confidential = v; return this; }

        public GoodsProducer build() {
            return new GoodsProducer(code, name, description, contactName, phone, fax, email, confidential);
        }
    }
}
