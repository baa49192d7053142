package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
import io.coo4j.core.validation.constraints.CreditCode;
import io.coo4j.core.validation.constraints.FilingNumber;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate of origin (原产地证书) as the enterprise declares it: the basic information
 * (基本信息, 001 §1.1) and the goods (货物信息). Field names and order are the JSON contract of
 * {@code docs/schema}; which fields a certificate type requires is decided by its profile and by
 * the validator, not by this class, so a half-filled draft is a legal value.
 *
 * <p>{@code type} is a certificate type code (the number prefix: {@code C}, {@code E}, {@code RC}, …),
 * countries are ISO 3166-1 alpha-2, and unit, transport-mode, trade-mode and price-term values are codes
 * of the reference tables. Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @since 0.1
 */
public record Certificate(        int formatVersion,
        String type,
        String number,
        CertificateCategory category,
        String originalNumber,
        Amendment amendment,
        @FilingNumber String filingNumber,
        @CreditCode String creditCode,
        String enterpriseNameCn,
        String declaringEnterpriseCode,
        Contact contact,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate applicationDate,
        String applicationPlace,
        String issuingAuthority,
        String collectingAuthority,
        @Valid Declarant declarant,
        @Valid Party exporter,
        @Valid Party consignee,
        Producer producer,
        @CountryCode String destinationCountry,
        @CountryCode String originCountry,
        Transport transport,
        String tradeMode,
        String priceTerm,
        String currency,
        BigDecimal totalAmount,
        String contractNumber,
        String letterOfCreditNumber,
        String invoiceTerms,
        LocalDate exportDeclarationDate,
        List<String> customsDeclarationNumbers,
        LocalDate validUntil,
        String processingOperations,
        String marks,
        String remarks,
        String applicationNote,
        String specialClauses,
        Exhibition exhibition,
        List<@Valid NonPartyCompany> nonPartyCompanies,
        List<Invoice> invoices,
        BackToBack backToBack,
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
        customsDeclarationNumbers = Lists.copy(customsDeclarationNumbers);
        nonPartyCompanies = Lists.copy(nonPartyCompanies);
        invoices = Lists.copy(invoices);
        goods = Lists.copy(goods);
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

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Certificate}; starts as an original of the current format version. Not thread-safe. */
    public static final class Builder {
        private int formatVersion = FORMAT_VERSION;
        private String type;
        private String number;
        private CertificateCategory category = CertificateCategory.ORIGINAL;
        private String originalNumber;
        private Amendment amendment;
        private String filingNumber;
        private String creditCode;
        private String enterpriseNameCn;
        private String declaringEnterpriseCode;
        private Contact contact;
        private String invoiceNumber;
        private LocalDate invoiceDate;
        private LocalDate applicationDate;
        private String applicationPlace;
        private String issuingAuthority;
        private String collectingAuthority;
        private Declarant declarant;
        private Party exporter;
        private Party consignee;
        private Producer producer;
        private String destinationCountry;
        private String originCountry;
        private Transport transport;
        private String tradeMode;
        private String priceTerm;
        private String currency;
        private BigDecimal totalAmount;
        private String contractNumber;
        private String letterOfCreditNumber;
        private String invoiceTerms;
        private LocalDate exportDeclarationDate;
        private List<String> customsDeclarationNumbers = List.of();
        private LocalDate validUntil;
        private String processingOperations;
        private String marks;
        private String remarks;
        private String applicationNote;
        private String specialClauses;
        private Exhibition exhibition;
        private List<NonPartyCompany> nonPartyCompanies = List.of();
        private List<Invoice> invoices = List.of();
        private BackToBack backToBack;
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
        public Builder type(String v) { type = v; return this; }
        public Builder number(String v) { number = v; return this; }
        public Builder category(CertificateCategory v) { category = v; return this; }
        public Builder originalNumber(String v) { originalNumber = v; return this; }
        public Builder amendment(Amendment v) { amendment = v; return this; }
        public Builder filingNumber(String v) { filingNumber = v; return this; }
        public Builder creditCode(String v) { creditCode = v; return this; }
        public Builder enterpriseNameCn(String v) { enterpriseNameCn = v; return this; }
        public Builder declaringEnterpriseCode(String v) { declaringEnterpriseCode = v; return this; }
        public Builder contact(Contact v) { contact = v; return this; }
        public Builder invoiceNumber(String v) { invoiceNumber = v; return this; }
        public Builder invoiceDate(LocalDate v) { invoiceDate = v; return this; }
        public Builder applicationDate(LocalDate v) { applicationDate = v; return this; }
        public Builder applicationPlace(String v) { applicationPlace = v; return this; }
        public Builder issuingAuthority(String v) { issuingAuthority = v; return this; }
        public Builder collectingAuthority(String v) { collectingAuthority = v; return this; }
        public Builder declarant(Declarant v) { declarant = v; return this; }
        public Builder exporter(Party v) { exporter = v; return this; }
        public Builder consignee(Party v) { consignee = v; return this; }
        public Builder producer(Producer v) { producer = v; return this; }
        public Builder destinationCountry(String v) { destinationCountry = v; return this; }
        public Builder originCountry(String v) { originCountry = v; return this; }
        public Builder transport(Transport v) { transport = v; return this; }
        public Builder tradeMode(String v) { tradeMode = v; return this; }
        public Builder priceTerm(String v) { priceTerm = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder totalAmount(BigDecimal v) { totalAmount = v; return this; }
        public Builder contractNumber(String v) { contractNumber = v; return this; }
        public Builder letterOfCreditNumber(String v) { letterOfCreditNumber = v; return this; }
        public Builder invoiceTerms(String v) { invoiceTerms = v; return this; }
        public Builder exportDeclarationDate(LocalDate v) { exportDeclarationDate = v; return this; }
        public Builder customsDeclarationNumbers(List<String> v) { customsDeclarationNumbers = v; return this; }
        public Builder validUntil(LocalDate v) { validUntil = v; return this; }
        public Builder processingOperations(String v) { processingOperations = v; return this; }
        public Builder marks(String v) { marks = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }
        public Builder applicationNote(String v) { applicationNote = v; return this; }
        public Builder specialClauses(String v) { specialClauses = v; return this; }
        public Builder exhibition(Exhibition v) { exhibition = v; return this; }
        public Builder nonPartyCompanies(List<NonPartyCompany> v) { nonPartyCompanies = v; return this; }
        public Builder invoices(List<Invoice> v) { invoices = v; return this; }
        public Builder backToBack(BackToBack v) { backToBack = v; return this; }
        public Builder goods(List<GoodsItem> v) { goods = v; return this; }

        /** Appends one goods line. */
        public Builder addGoods(GoodsItem item) {
            java.util.List<GoodsItem> more = new java.util.ArrayList<>(goods);
            more.add(item);
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
