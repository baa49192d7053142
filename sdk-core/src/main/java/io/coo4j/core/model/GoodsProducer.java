package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The producer of one goods line (生产企业), for the forms that print a producer per line (Form H, RCEP).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param code the producer's enterprise code
 * @param name the producer's name
 * @param description the producer description (生产商描述) as printed
 * @param contactName the producer's contact person
 * @param phone the producer's phone
 * @param fax the producer's fax
 * @param email the producer's e-mail
 * @param confidential whether the producer asks to stay confidential (保密), so its details are not printed
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

        /** The producer's enterprise code. */
        public Builder code(@Nullable String v) { code = v; return this; }
        /** The producer's name. */
        public Builder name(@Nullable String v) { name = v; return this; }
        /** The producer description (生产商描述) as printed. */
        public Builder description(@Nullable String v) { description = v; return this; }
        /** The producer's contact person. */
        public Builder contactName(@Nullable String v) { contactName = v; return this; }
        /** The producer's phone. */
        public Builder phone(@Nullable String v) { phone = v; return this; }
        /** The producer's fax. */
        public Builder fax(@Nullable String v) { fax = v; return this; }
        /** The producer's e-mail. */
        public Builder email(@Nullable String v) { email = v; return this; }
        /** Whether the producer asks to stay confidential (保密), so its details are not printed. */
        public Builder confidential(boolean v) { confidential = v; return this; }

        /** Builds the value from the fields set so far. */
        public GoodsProducer build() {
            return new GoodsProducer(code, name, description, contactName, phone, fax, email, confidential);
        }
    }
}
