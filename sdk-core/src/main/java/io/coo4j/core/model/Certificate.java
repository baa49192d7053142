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
 * @param formatVersion the version of the JSON format the certificate was written in ({@link #FORMAT_VERSION} for new ones)
 * @param type the certificate type code (证书类型), the prefix of the number: {@code C}, {@code E}, {@code RC}, …
 * @param number the certificate number (证书号): type code, two-digit year, enterprise id and serial
 * @param category whether this is an original, an amendment (更改证) or a reissue (重发证)
 * @param originalNumber the number of the certificate an amendment or reissue replaces (原证书号)
 * @param amendment what an amended or reissued certificate changes, and why
 * @param filingNumber the enterprise's nine-digit CO filing number (产地证备案号)
 * @param creditCode the enterprise's 18-character unified social credit code (统一社会信用代码)
 * @param enterpriseNameCn the enterprise's Chinese name (企业中文名称)
 * @param declaringEnterpriseCode the code of the agent that keys the certificate (录入企业代码), or {@code null} when the enterprise declares itself
 * @param contact who the issuer contacts about this application (联系人)
 * @param invoiceNumber the commercial invoice number (发票号)
 * @param invoiceDate the commercial invoice date (发票日期)
 * @param applicationDate the date of application (申请日期)
 * @param applicationPlace the place of application (申请地点)
 * @param issuingAuthority the issuing authority (签证机构) as its 4-digit customs district code
 * @param collectingAuthority where the certificate is collected (领证地点), as a customs district code
 * @param declarant the person who declares (申报员)
 * @param exporter the exporter (出口商) as printed on the certificate
 * @param consignee the consignee (收货人) as printed on the certificate
 * @param producer the producer (生产商), when the type prints one
 * @param destinationCountry the country of destination (目的国), ISO 3166-1 alpha-2
 * @param originCountry the country of origin (原产国), ISO 3166-1 alpha-2
 * @param transport the means of transport and route (运输方式及路线)
 * @param tradeMode the trade-mode code (贸易方式)
 * @param priceTerm the price-term code (成交方式), e.g. FOB
 * @param currency the invoice currency (币制), ISO 4217
 * @param totalAmount the invoice's total amount (总金额) in {@code currency}
 * @param contractNumber the contract number (合同号)
 * @param letterOfCreditNumber the letter-of-credit number (信用证号)
 * @param invoiceTerms the special invoice terms (发票特殊条款)
 * @param exportDeclarationDate the export declaration date (出口报关日期)
 * @param customsDeclarationNumbers the 18-digit customs declaration numbers (报关单号) of the goods, empty until supplemented
 * @param validUntil the end of the certificate's validity (有效期至)
 * @param processingOperations the processing operations (加工工序) the goods underwent
 * @param marks the shipping marks (唛头)
 * @param remarks the remarks (备注) printed on the certificate
 * @param applicationNote the remarks on the application form (申请书备注)
 * @param specialClauses the special clauses of the goods description (特殊条款)
 * @param exhibition the exhibition of a China–ASEAN exhibition certificate (展览证书)
 * @param nonPartyCompanies the third-party invoicing or non-party companies (第三方发票 / 非缔约方公司)
 * @param invoices the invoices of an RCEP certificate (001 §1.25), each named by goods lines
 * @param backToBack the original proof of a movement or back-to-back certificate (背对背原产地证书)
 * @param goods the goods lines (货物信息), in order
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

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
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

        /** The version of the JSON format the certificate was written in ({@link #FORMAT_VERSION} for new ones). */
        public Builder formatVersion(int v) { formatVersion = v; return this; }
        /** The certificate type code (证书类型), the prefix of the number: {@code C}, {@code E}, {@code RC}, …. */
        public Builder type(@Nullable String v) { type = v; return this; }
        /** The certificate number (证书号): type code, two-digit year, enterprise id and serial. */
        public Builder number(@Nullable String v) { number = v; return this; }
        /** Whether this is an original, an amendment (更改证) or a reissue (重发证). */
        public Builder category(@Nullable CertificateCategory v) { category = v; return this; }
        /** The number of the certificate an amendment or reissue replaces (原证书号). */
        public Builder originalNumber(@Nullable String v) { originalNumber = v; return this; }
        /** What an amended or reissued certificate changes, and why. */
        public Builder amendment(@Nullable Amendment v) { amendment = v; return this; }
        /** The enterprise's nine-digit CO filing number (产地证备案号). */
        public Builder filingNumber(@Nullable String v) { filingNumber = v; return this; }
        /** The enterprise's 18-character unified social credit code (统一社会信用代码). */
        public Builder creditCode(@Nullable String v) { creditCode = v; return this; }
        /** The enterprise's Chinese name (企业中文名称). */
        public Builder enterpriseNameCn(@Nullable String v) { enterpriseNameCn = v; return this; }
        /** The code of the agent that keys the certificate (录入企业代码), or {@code null} when the enterprise declares itself. */
        public Builder declaringEnterpriseCode(@Nullable String v) { declaringEnterpriseCode = v; return this; }
        /** Who the issuer contacts about this application (联系人). */
        public Builder contact(@Nullable Contact v) { contact = v; return this; }
        /** The commercial invoice number (发票号). */
        public Builder invoiceNumber(@Nullable String v) { invoiceNumber = v; return this; }
        /** The commercial invoice date (发票日期). */
        public Builder invoiceDate(@Nullable LocalDate v) { invoiceDate = v; return this; }
        /** The date of application (申请日期). */
        public Builder applicationDate(@Nullable LocalDate v) { applicationDate = v; return this; }
        /** The place of application (申请地点). */
        public Builder applicationPlace(@Nullable String v) { applicationPlace = v; return this; }
        /** The issuing authority (签证机构) as its 4-digit customs district code. */
        public Builder issuingAuthority(@Nullable String v) { issuingAuthority = v; return this; }
        /** Where the certificate is collected (领证地点), as a customs district code. */
        public Builder collectingAuthority(@Nullable String v) { collectingAuthority = v; return this; }
        /** The person who declares (申报员). */
        public Builder declarant(@Nullable Declarant v) { declarant = v; return this; }
        /** The exporter (出口商) as printed on the certificate. */
        public Builder exporter(@Nullable Party v) { exporter = v; return this; }
        /** The consignee (收货人) as printed on the certificate. */
        public Builder consignee(@Nullable Party v) { consignee = v; return this; }
        /** The producer (生产商), when the type prints one. */
        public Builder producer(@Nullable Producer v) { producer = v; return this; }
        /** The country of destination (目的国), ISO 3166-1 alpha-2. */
        public Builder destinationCountry(@Nullable String v) { destinationCountry = v; return this; }
        /** The country of origin (原产国), ISO 3166-1 alpha-2. */
        public Builder originCountry(@Nullable String v) { originCountry = v; return this; }
        /** The means of transport and route (运输方式及路线). */
        public Builder transport(@Nullable Transport v) { transport = v; return this; }
        /** The trade-mode code (贸易方式). */
        public Builder tradeMode(@Nullable String v) { tradeMode = v; return this; }
        /** The price-term code (成交方式), e.g. FOB. */
        public Builder priceTerm(@Nullable String v) { priceTerm = v; return this; }
        /** The invoice currency (币制), ISO 4217. */
        public Builder currency(@Nullable String v) { currency = v; return this; }
        /** The invoice's total amount (总金额) in {@code currency}. */
        public Builder totalAmount(@Nullable BigDecimal v) { totalAmount = v; return this; }
        /** The contract number (合同号). */
        public Builder contractNumber(@Nullable String v) { contractNumber = v; return this; }
        /** The letter-of-credit number (信用证号). */
        public Builder letterOfCreditNumber(@Nullable String v) { letterOfCreditNumber = v; return this; }
        /** The special invoice terms (发票特殊条款). */
        public Builder invoiceTerms(@Nullable String v) { invoiceTerms = v; return this; }
        /** The export declaration date (出口报关日期). */
        public Builder exportDeclarationDate(@Nullable LocalDate v) { exportDeclarationDate = v; return this; }
        /** The 18-digit customs declaration numbers (报关单号) of the goods, empty until supplemented; {@code null} for none. */
        public Builder customsDeclarationNumbers(@Nullable List<String> v) { customsDeclarationNumbers = v; return this; }
        /** The end of the certificate's validity (有效期至). */
        public Builder validUntil(@Nullable LocalDate v) { validUntil = v; return this; }
        /** The processing operations (加工工序) the goods underwent. */
        public Builder processingOperations(@Nullable String v) { processingOperations = v; return this; }
        /** The shipping marks (唛头). */
        public Builder marks(@Nullable String v) { marks = v; return this; }
        /** The remarks (备注) printed on the certificate. */
        public Builder remarks(@Nullable String v) { remarks = v; return this; }
        /** The remarks on the application form (申请书备注). */
        public Builder applicationNote(@Nullable String v) { applicationNote = v; return this; }
        /** The special clauses of the goods description (特殊条款). */
        public Builder specialClauses(@Nullable String v) { specialClauses = v; return this; }
        /** The exhibition of a China–ASEAN exhibition certificate (展览证书). */
        public Builder exhibition(@Nullable Exhibition v) { exhibition = v; return this; }
        /** The third-party invoicing or non-party companies (第三方发票 / 非缔约方公司); {@code null} for none. */
        public Builder nonPartyCompanies(@Nullable List<NonPartyCompany> v) { nonPartyCompanies = v; return this; }
        /** The invoices of an RCEP certificate (001 §1.25), each named by goods lines; {@code null} for none. */
        public Builder invoices(@Nullable List<Invoice> v) { invoices = v; return this; }
        /** The original proof of a movement or back-to-back certificate (背对背原产地证书). */
        public Builder backToBack(@Nullable BackToBack v) { backToBack = v; return this; }
        /** The goods lines (货物信息), in order; {@code null} for none. */
        public Builder goods(@Nullable List<GoodsItem> v) { goods = v; return this; }

        /** Appends one goods line. */
        public Builder addGoods(GoodsItem item) {
            java.util.List<GoodsItem> more = new java.util.ArrayList<>(goods == null ? List.of() : goods);
            more.add(InvalidInputException.requireArgument(item, "Certificate.Builder.addGoods", "item"));
            goods = more;
            return this;
        }

        /** A certificate of the values set so far. */
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
