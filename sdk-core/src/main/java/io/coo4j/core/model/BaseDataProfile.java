package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A base-data profile (002): a user-chosen {@code code} of 3–8 letters or digits naming an exporter,
 * importer, producer or special clause. Phone ≤ 20 digits and symbols; bank account 19 letters or
 * digits; {@code text} is the clause of a special-clause profile.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param kind what the profile names: exporter, importer, producer or special clause
 * @param code the user-chosen code of 3–8 letters or digits
 * @param name the party's name
 * @param address the party's address
 * @param country the party's country, ISO 3166-1 alpha-2
 * @param phone the phone number, at most 20 digits and symbols
 * @param fax the fax number
 * @param email the e-mail address
 * @param bankAccount the bank account, 19 letters or digits
 * @param text the clause of a special-clause profile (特殊条款)
 */
public record BaseDataProfile(
        @Nullable BaseDataKind kind,
        @Nullable String code,
        @Nullable String name,
        @Nullable String address,
        @Nullable String country,
        @Nullable String phone,
        @Nullable String fax,
        @Nullable String email,
        @Nullable String bankAccount,
        @Nullable String text) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().kind(kind).code(code).name(name).address(address).country(country).phone(phone).fax(fax)
                .email(email).bankAccount(bankAccount).text(text);
    }

    /** Builder of {@link BaseDataProfile}. Not thread-safe. */
    public static final class Builder {
        private @Nullable BaseDataKind kind;
        private @Nullable String code;
        private @Nullable String name;
        private @Nullable String address;
        private @Nullable String country;
        private @Nullable String phone;
        private @Nullable String fax;
        private @Nullable String email;
        private @Nullable String bankAccount;
        private @Nullable String text;

        private Builder() {
        }

        /** What the profile names: exporter, importer, producer or special clause. */
        public Builder kind(@Nullable BaseDataKind v) { kind = v; return this; }
        /** The user-chosen code of 3–8 letters or digits. */
        public Builder code(@Nullable String v) { code = v; return this; }
        /** The party's name. */
        public Builder name(@Nullable String v) { name = v; return this; }
        /** The party's address. */
        public Builder address(@Nullable String v) { address = v; return this; }
        /** The party's country, ISO 3166-1 alpha-2. */
        public Builder country(@Nullable String v) { country = v; return this; }
        /** The phone number, at most 20 digits and symbols. */
        public Builder phone(@Nullable String v) { phone = v; return this; }
        /** The fax number. */
        public Builder fax(@Nullable String v) { fax = v; return this; }
        /** The e-mail address. */
        public Builder email(@Nullable String v) { email = v; return this; }
        /** The bank account, 19 letters or digits. */
        public Builder bankAccount(@Nullable String v) { bankAccount = v; return this; }
        /** The clause of a special-clause profile (特殊条款). */
        public Builder text(@Nullable String v) { text = v; return this; }

        /** Builds the value from the fields set so far. */
        public BaseDataProfile build() {
            return new BaseDataProfile(kind, code, name, address, country, phone, fax, email, bankAccount, text);
        }
    }
}
