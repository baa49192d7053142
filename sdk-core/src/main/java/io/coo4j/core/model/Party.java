package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * An exporter (出口商) or consignee (收货人) as printed on the certificate: English except on ECFA.
 * Phone, fax and e-mail are required on ECFA (001 §1.9) and printed on Form H.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record Party(
        @Nullable String name,
        @Nullable String address,
        @CountryCode @Nullable String country,
        @Nullable String phone,
        @Nullable String fax,
        @Nullable String email) {
    /** A party with a name, an address and a country, without phone, fax or e-mail. */
    public static Party of(String name, String address, String country) {
        return new Party(name, address, country, null, null, null);
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().name(name).address(address).country(country).phone(phone).fax(fax).email(email);
    }

    /** Builder of {@link Party}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable String address;
        private @Nullable String country;
        private @Nullable String phone;
        private @Nullable String fax;
        private @Nullable String email;

        private Builder() {
        }

        public Builder name(@Nullable String v) { name = v; return this; }
        public Builder address(@Nullable String v) { address = v; return this; }
        public Builder country(@Nullable String v) { country = v; return this; }
        public Builder phone(@Nullable String v) { phone = v; return this; }
        public Builder fax(@Nullable String v) { fax = v; return this; }
        public Builder email(@Nullable String v) { email = v; return this; }

        public Party build() {
            return new Party(name, address, country, phone, fax, email);
        }
    }
}
