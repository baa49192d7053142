package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * An exporter (出口商) or consignee (收货人) as printed on the certificate: English except on ECFA.
 * Phone, fax and e-mail are required on ECFA (001 §1.9) and printed on Form H.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param name the name
 * @param address the address
 * @param country the country, ISO 3166-1 alpha-2
 * @param phone the phone number
 * @param fax the fax number
 * @param email the e-mail address
 */
public record Party(
        @Nullable String name,
        @Nullable String address,
        @CountryCode @Nullable String country,
        @Nullable String phone,
        @Nullable String fax,
        @Nullable String email) {
    /**
     * A party with a name, an address and a country, without phone, fax or e-mail; like every field of a draft, each may
     * be {@code null} (not filled in yet), which validation reports.
     */
    public static Party of(@Nullable String name, @Nullable String address, @Nullable String country) {
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

        /** The name. */
        public Builder name(@Nullable String v) { name = v; return this; }
        /** The address. */
        public Builder address(@Nullable String v) { address = v; return this; }
        /** The country, ISO 3166-1 alpha-2. */
        public Builder country(@Nullable String v) { country = v; return this; }
        /** The phone number. */
        public Builder phone(@Nullable String v) { phone = v; return this; }
        /** The fax number. */
        public Builder fax(@Nullable String v) { fax = v; return this; }
        /** The e-mail address. */
        public Builder email(@Nullable String v) { email = v; return this; }

        /** Builds the value from the fields set so far. */
        public Party build() {
            return new Party(name, address, country, phone, fax, email);
        }
    }
}
