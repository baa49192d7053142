package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.FilingNumber;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * A principal of an agent (委托企业, 001 ch.3; 003 委托人维护): kept to pre-fill the certificates declared for it. 001
 * keeps the subject id, names and address; 003's screen adds the filing number, the organization code and the values
 * a new certificate for the principal starts with (trade mode, declarant, currency, authorities, place of application).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. The organization code carries no
 * Bean Validation constraint: its format only warns ({@code ORGANIZATION_CODE_FORMAT}), and a constraint would refuse.
 *
 * @param code the principal's subject id (主体识别码, 001 ch.3), the key it is kept under
 * @param nameCn the principal's Chinese name (委托企业中文名称)
 * @param nameEn the principal's English name (委托企业英文名称)
 * @param address the principal's address, in English (地址)
 * @param filingNumber the principal's 9-digit CO filing number (产地证备案号, 003)
 * @param organizationCode the principal's organization code (组织机构代码, 003), 9 digits or capital letters as GB 11714
 *                         gives it; a code of another form only warns, since no manual states one
 * @param tradeMode the trade-mode code (贸易方式) its certificates start with
 * @param declarant the declarant (申报员姓名、身份证号、联系方式) its certificates start with
 * @param currency the currency (货币单位), ISO 4217, its certificates start with
 * @param issuingAuthority the issuing authority (签证机关), a customs district code
 * @param collectingAuthority the place of collection (领证机关), a customs district code
 * @param applicationPlace the place of application (申请地址), in English
 */
public record Principal(
        @Nullable String code,
        @Nullable String nameCn,
        @Nullable String nameEn,
        @Nullable String address,
        @FilingNumber @Nullable String filingNumber,
        @Nullable String organizationCode,
        @Nullable String tradeMode,
        @Valid @Nullable Declarant declarant,
        @Nullable String currency,
        @Nullable String issuingAuthority,
        @Nullable String collectingAuthority,
        @Nullable String applicationPlace) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().code(code).nameCn(nameCn).nameEn(nameEn).address(address).filingNumber(filingNumber)
                .organizationCode(organizationCode).tradeMode(tradeMode).declarant(declarant).currency(currency)
                .issuingAuthority(issuingAuthority).collectingAuthority(collectingAuthority)
                .applicationPlace(applicationPlace);
    }

    /** Builder of {@link Principal}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String nameCn;
        private @Nullable String nameEn;
        private @Nullable String address;
        private @Nullable String filingNumber;
        private @Nullable String organizationCode;
        private @Nullable String tradeMode;
        private @Nullable Declarant declarant;
        private @Nullable String currency;
        private @Nullable String issuingAuthority;
        private @Nullable String collectingAuthority;
        private @Nullable String applicationPlace;

        private Builder() {
        }

        /** The principal's subject id (主体识别码). */
        public Builder code(@Nullable String v) { code = v; return this; }
        /** The principal's Chinese name. */
        public Builder nameCn(@Nullable String v) { nameCn = v; return this; }
        /** The principal's English name. */
        public Builder nameEn(@Nullable String v) { nameEn = v; return this; }
        /** The principal's address, in English. */
        public Builder address(@Nullable String v) { address = v; return this; }
        /** The principal's 9-digit CO filing number (产地证备案号). */
        public Builder filingNumber(@Nullable String v) { filingNumber = v; return this; }
        /** The principal's organization code (组织机构代码), 9 digits or capital letters (GB 11714). */
        public Builder organizationCode(@Nullable String v) { organizationCode = v; return this; }
        /** The trade-mode code (贸易方式). */
        public Builder tradeMode(@Nullable String v) { tradeMode = v; return this; }
        /** The declarant (申报员). */
        public Builder declarant(@Nullable Declarant v) { declarant = v; return this; }
        /** The currency (货币单位), ISO 4217. */
        public Builder currency(@Nullable String v) { currency = v; return this; }
        /** The issuing authority (签证机关), a customs district code. */
        public Builder issuingAuthority(@Nullable String v) { issuingAuthority = v; return this; }
        /** The place of collection (领证机关), a customs district code. */
        public Builder collectingAuthority(@Nullable String v) { collectingAuthority = v; return this; }
        /** The place of application (申请地址), in English. */
        public Builder applicationPlace(@Nullable String v) { applicationPlace = v; return this; }

        /** Builds the value from the fields set so far. */
        public Principal build() {
            return new Principal(code, nameCn, nameEn, address, filingNumber, organizationCode, tradeMode, declarant,
                    currency, issuingAuthority, collectingAuthority, applicationPlace);
        }
    }
}
