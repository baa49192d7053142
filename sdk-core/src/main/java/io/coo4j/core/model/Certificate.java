package io.coo4j.core.model;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.validation.constraints.CountryCode;
import io.coo4j.core.validation.constraints.CreditCode;
import io.coo4j.core.validation.constraints.FilingNumber;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of origin (原产地证书) as the enterprise declares it: the basic information
 * (基本信息, 001 §1.1) and the goods (货物信息). Field names and order are the JSON contract of
 * {@code docs/schema}; which fields a certificate type requires is decided by its profile and by
 * the validator, not by this class, so a half-filled draft is a legal value.
 *
 * <p>{@code type} is a certificate type code (the number prefix: {@code C}, {@code E}, {@code RC}, …),
 * countries are ISO 3166-1 alpha-2, and unit, transport-mode, trade-mode and price-term values are codes
 * of the reference tables. Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. The canonical
 * constructor stays for the callers that use it, but its parameters change whenever a field is added; code written
 * against the builder keeps compiling and linking.
 *
 * @since 0.1
 */
public record Certificate(
        int formatVersion,
        @Nullable String type,
        @Nullable String number,
        @Nullable CertificateCategory category,
        @Nullable String originalNumber,
        @Nullable Amendment amendment,
        @FilingNumber @Nullable String filingNumber,
        @CreditCode @Nullable String creditCode,
        @Nullable String enterpriseNameCn,
        @Nullable String declaringEnterpriseCode,
        @Nullable Contact contact,
        @Nullable String invoiceNumber,
        @Nullable LocalDate invoiceDate,
        @Nullable LocalDate applicationDate,
        @Nullable String applicationPlace,
        @Nullable String issuingAuthority,
        @Nullable String collectingAuthority,
        @Valid @Nullable Declarant declarant,
        @Valid @Nullable Party exporter,
        @Valid @Nullable Party consignee,
        @Nullable Producer producer,
        @CountryCode @Nullable String destinationCountry,
        @CountryCode @Nullable String originCountry,
        @Nullable Transport transport,
        @Nullable String tradeMode,
        @Nullable String priceTerm,
        @Nullable String currency,
        @Nullable BigDecimal totalAmount,
        @Nullable String contractNumber,
        @Nullable String letterOfCreditNumber,
        @Nullable String invoiceTerms,
        @Nullable LocalDate exportDeclarationDate,
        List<String> customsDeclarationNumbers,
        @Nullable LocalDate validUntil,
        @Nullable String processingOperations,
        @Nullable String marks,
        @Nullable String remarks,
        @Nullable String applicationNote,
        @Nullable String specialClauses,
        @Nullable Exhibition exhibition,
        List<@Valid NonPartyCompany> nonPartyCompanies,
        List<Invoice> invoices,
        @Nullable BackToBack backToBack,
        List<@Valid GoodsItem> goods) {

    /** The version of the JSON format this model writes. */
    public static final int FORMAT_VERSION = 1;

    /**
     * The most goods lines any tool of coo4j reads into one certificate: the sandbox refuses a declaration with more,
     * and the goods import stops past it. It is an outer bound on memory and output, above every form's own limit (the
     * forms of some agreements hold 50 lines); the validator reports those limits per certificate type.
     */
    public static final int MAX_GOODS_LINES = 999;

    public Certificate {
        customsDeclarationNumbers = Lists.copy(customsDeclarationNumbers, "Certificate", "customsDeclarationNumbers");
        nonPartyCompanies = Lists.copy(nonPartyCompanies, "Certificate", "nonPartyCompanies");
        invoices = Lists.copy(invoices, "Certificate", "invoices");
        goods = Lists.copy(goods, "Certificate", "goods");
    }

    /**
     * The certificate's FOB value: the sum of its goods lines' FOB values (001 §1.1: 根据货物信息累计),
     * lines without a value counting as zero, at scale 2 (HALF_UP).
     */
    public BigDecimal goodsFobTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (GoodsItem g : goods) {
            if (g.fobValue() != null) {
                sum = sum.add(g.fobValue());
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** A builder of an original of the current format version, every other field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this certificate's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Certificate}; starts as an original of the current format version. Not thread-safe. */
    public static final class Builder {
        private int formatVersion = FORMAT_VERSION;
        private @Nullable String type;
        private @Nullable String number;
        private @Nullable CertificateCategory category = CertificateCategory.ORIGINAL;
        private @Nullable String originalNumber;
        private @Nullable Amendment amendment;
        private @Nullable String filingNumber;
        private @Nullable String creditCode;
        private @Nullable String enterpriseNameCn;
        private @Nullable String declaringEnterpriseCode;
        private @Nullable Contact contact;
        private @Nullable String invoiceNumber;
        private @Nullable LocalDate invoiceDate;
        private @Nullable LocalDate applicationDate;
        private @Nullable String applicationPlace;
        private @Nullable String issuingAuthority;
        private @Nullable String collectingAuthority;
        private @Nullable Declarant declarant;
        private @Nullable Party exporter;
        private @Nullable Party consignee;
        private @Nullable Producer producer;
        private @Nullable String destinationCountry;
        private @Nullable String originCountry;
        private @Nullable Transport transport;
        private @Nullable String tradeMode;
        private @Nullable String priceTerm;
        private @Nullable String currency;
        private @Nullable BigDecimal totalAmount;
        private @Nullable String contractNumber;
        private @Nullable String letterOfCreditNumber;
        private @Nullable String invoiceTerms;
        private @Nullable LocalDate exportDeclarationDate;
        private List<String> customsDeclarationNumbers = List.of();
        private @Nullable LocalDate validUntil;
        private @Nullable String processingOperations;
        private @Nullable String marks;
        private @Nullable String remarks;
        private @Nullable String applicationNote;
        private @Nullable String specialClauses;
        private @Nullable Exhibition exhibition;
        private List<NonPartyCompany> nonPartyCompanies = List.of();
        private List<Invoice> invoices = List.of();
        private @Nullable BackToBack backToBack;
        private List<GoodsItem> goods = List.of();

        private Builder() {
        }

        private Builder(Certificate c) {
            formatVersion = c.formatVersion;
            type = c.type;
            number = c.number;
            category = c.category;
            originalNumber = c.originalNumber;
            amendment = c.amendment;
            filingNumber = c.filingNumber;
            creditCode = c.creditCode;
            enterpriseNameCn = c.enterpriseNameCn;
            declaringEnterpriseCode = c.declaringEnterpriseCode;
            contact = c.contact;
            invoiceNumber = c.invoiceNumber;
            invoiceDate = c.invoiceDate;
            applicationDate = c.applicationDate;
            applicationPlace = c.applicationPlace;
            issuingAuthority = c.issuingAuthority;
            collectingAuthority = c.collectingAuthority;
            declarant = c.declarant;
            exporter = c.exporter;
            consignee = c.consignee;
            producer = c.producer;
            destinationCountry = c.destinationCountry;
            originCountry = c.originCountry;
            transport = c.transport;
            tradeMode = c.tradeMode;
            priceTerm = c.priceTerm;
            currency = c.currency;
            totalAmount = c.totalAmount;
            contractNumber = c.contractNumber;
            letterOfCreditNumber = c.letterOfCreditNumber;
            invoiceTerms = c.invoiceTerms;
            exportDeclarationDate = c.exportDeclarationDate;
            customsDeclarationNumbers = c.customsDeclarationNumbers;
            validUntil = c.validUntil;
            processingOperations = c.processingOperations;
            marks = c.marks;
            remarks = c.remarks;
            applicationNote = c.applicationNote;
            specialClauses = c.specialClauses;
            exhibition = c.exhibition;
            nonPartyCompanies = c.nonPartyCompanies;
            invoices = c.invoices;
            backToBack = c.backToBack;
            goods = c.goods;
        }

        public Builder formatVersion(int v) { formatVersion = v; return this; }
        public Builder type(@Nullable String v) { type = v; return this; }
        public Builder number(@Nullable String v) { number = v; return this; }
        public Builder category(@Nullable CertificateCategory v) { category = v; return this; }
        public Builder originalNumber(@Nullable String v) { originalNumber = v; return this; }
        public Builder amendment(@Nullable Amendment v) { amendment = v; return this; }
        public Builder filingNumber(@Nullable String v) { filingNumber = v; return this; }
        public Builder creditCode(@Nullable String v) { creditCode = v; return this; }
        public Builder enterpriseNameCn(@Nullable String v) { enterpriseNameCn = v; return this; }
        public Builder declaringEnterpriseCode(@Nullable String v) { declaringEnterpriseCode = v; return this; }
        public Builder contact(@Nullable Contact v) { contact = v; return this; }
        public Builder invoiceNumber(@Nullable String v) { invoiceNumber = v; return this; }
        public Builder invoiceDate(@Nullable LocalDate v) { invoiceDate = v; return this; }
        public Builder applicationDate(@Nullable LocalDate v) { applicationDate = v; return this; }
        public Builder applicationPlace(@Nullable String v) { applicationPlace = v; return this; }
        public Builder issuingAuthority(@Nullable String v) { issuingAuthority = v; return this; }
        public Builder collectingAuthority(@Nullable String v) { collectingAuthority = v; return this; }
        public Builder declarant(@Nullable Declarant v) { declarant = v; return this; }
        public Builder exporter(@Nullable Party v) { exporter = v; return this; }
        public Builder consignee(@Nullable Party v) { consignee = v; return this; }
        public Builder producer(@Nullable Producer v) { producer = v; return this; }
        public Builder destinationCountry(@Nullable String v) { destinationCountry = v; return this; }
        public Builder originCountry(@Nullable String v) { originCountry = v; return this; }
        public Builder transport(@Nullable Transport v) { transport = v; return this; }
        public Builder tradeMode(@Nullable String v) { tradeMode = v; return this; }
        public Builder priceTerm(@Nullable String v) { priceTerm = v; return this; }
        public Builder currency(@Nullable String v) { currency = v; return this; }
        public Builder totalAmount(@Nullable BigDecimal v) { totalAmount = v; return this; }
        public Builder contractNumber(@Nullable String v) { contractNumber = v; return this; }
        public Builder letterOfCreditNumber(@Nullable String v) { letterOfCreditNumber = v; return this; }
        public Builder invoiceTerms(@Nullable String v) { invoiceTerms = v; return this; }
        public Builder exportDeclarationDate(@Nullable LocalDate v) { exportDeclarationDate = v; return this; }
        public Builder customsDeclarationNumbers(List<String> v) { customsDeclarationNumbers = v; return this; }
        public Builder validUntil(@Nullable LocalDate v) { validUntil = v; return this; }
        public Builder processingOperations(@Nullable String v) { processingOperations = v; return this; }
        public Builder marks(@Nullable String v) { marks = v; return this; }
        public Builder remarks(@Nullable String v) { remarks = v; return this; }
        public Builder applicationNote(@Nullable String v) { applicationNote = v; return this; }
        public Builder specialClauses(@Nullable String v) { specialClauses = v; return this; }
        public Builder exhibition(@Nullable Exhibition v) { exhibition = v; return this; }
        public Builder nonPartyCompanies(List<NonPartyCompany> v) { nonPartyCompanies = v; return this; }
        public Builder invoices(List<Invoice> v) { invoices = v; return this; }
        public Builder backToBack(@Nullable BackToBack v) { backToBack = v; return this; }
        public Builder goods(List<GoodsItem> v) { goods = v; return this; }

        /** Appends one goods line. */
        public Builder addGoods(GoodsItem item) {
            java.util.List<GoodsItem> more = new java.util.ArrayList<>(goods == null ? List.of() : goods);
            more.add(InvalidInputException.requireArgument(item, "Certificate.Builder.addGoods", "item"));
            goods = more;
            return this;
        }

        public Certificate build() {
            return new Certificate(
                    formatVersion, type, number, category, originalNumber, amendment, filingNumber,
                    creditCode, enterpriseNameCn, declaringEnterpriseCode, contact, invoiceNumber,
                    invoiceDate, applicationDate, applicationPlace, issuingAuthority,
                    collectingAuthority, declarant, exporter, consignee, producer, destinationCountry,
                    originCountry, transport, tradeMode, priceTerm, currency, totalAmount,
                    contractNumber, letterOfCreditNumber, invoiceTerms, exportDeclarationDate,
                    customsDeclarationNumbers, validUntil, processingOperations, marks, remarks,
                    applicationNote, specialClauses, exhibition, nonPartyCompanies, invoices,
                    backToBack, goods);
        }
    }
}
