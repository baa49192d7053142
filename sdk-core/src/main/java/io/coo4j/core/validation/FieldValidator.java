package io.coo4j.core.validation;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.CustomsDistricts;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.internal.Texts;
import io.coo4j.core.hs.HsEntry;
import io.coo4j.core.hs.HsNomenclature;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.DeclarantRecord;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.Exhibition;
import io.coo4j.core.model.FiledMaterial;
import io.coo4j.core.model.GoodsFiling;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.InboundLine;
import io.coo4j.core.model.GoodsProducer;
import io.coo4j.core.model.Invoice;
import io.coo4j.core.model.MaterialLine;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Principal;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Seal;
import io.coo4j.core.model.Signature;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.model.Transport;
import io.coo4j.core.model.ApplicationMode;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.CodeTable;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.internal.MessageLengths;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks every field of a document on its own: formats (HS code, filing number, unified social credit code,
 * resident identity number, phone, e-mail), code lists (countries, currencies, units, package kinds,
 * transport and trade modes, price terms), character sets (no control characters; printable English in
 * the fields a form prints, except on ECFA certificates), non-negative amounts, and — with an HS
 * nomenclature in the data pack — that every HS code exists, and with its customs districts that the issuing and
 * collecting authorities do. Without those tables the report lists {@code HS_CODE_EXISTS} and
 * {@code AUTHORITY_EXISTS} under {@code notChecked}.
 *
 * <p>It walks the model directly rather than through reflection: this runs for every certificate an ERP
 * declares. The same checks are offered as Jakarta constraints ({@code io.coo4j.core.validation.constraints})
 * for users' own types. Immutable and thread-safe; share one instance.
 *
 * @since 0.1
 */
public final class FieldValidator {
    /** The not-checked entry for HS existence. */
    public static final String HS_CODE_EXISTS = "HS_CODE_EXISTS";
    /** The check, listed under {@code notChecked} without customs districts, that issuing and collecting authorities exist. */
    public static final String AUTHORITY_EXISTS = "AUTHORITY_EXISTS";
    /**
     * How a caller gives a validator the missing tables. It names the Java API, not the command line's flags: the
     * message reaches whoever embeds the library, and {@link #defaults()} deliberately reads no environment.
     */
    private static final String NAME_A_PACK = "give the validator a data pack (DataPack.load(folder), or"
            + " DataPack.fromEnvironment() to read " + DataPack.ENVIRONMENT_VARIABLE + ")";

    /** 003: "印章名称 … 最多输入25个汉字". */
    static final int SEAL_NAME_MAX = 25;
    /** 003: seal and signature remarks "最多输入200个汉字". */
    static final int REMARK_MAX = 200;

    private final ReferenceData ref;
    private final @Nullable HsNomenclature hs;
    private final @Nullable CustomsDistricts districts;

    private FieldValidator(ReferenceData ref, DataPack pack) {
        this.ref = ref;
        this.hs = pack.hsNomenclature().orElse(null);
        this.districts = pack.customsDistricts().orElse(null);
    }

    /** With these reference tables and the tables of this data pack. */
    public static FieldValidator create(ReferenceData ref, DataPack pack) {
        return new FieldValidator(InvalidInputException.requireArgument(ref, "FieldValidator.create", "ref"),
                InvalidInputException.requireArgument(pack, "FieldValidator.create", "pack"));
    }

    /**
     * With the built-in reference data and no data pack. It does not read {@code COO4J_DATA}: a library that picked
     * up tables from its host's environment would validate differently on each machine; pass
     * {@code DataPack.fromEnvironment()} to {@link #create} for that.
     */
    public static FieldValidator defaults() {
        return new FieldValidator(ReferenceData.defaults(), DataPack.empty());
    }

    /** The reference tables the checks look codes up in. */
    public ReferenceData referenceData() {
        return ref;
    }

    /** The certificate's field violations. */
    public ValidationReport validate(Certificate c) {
        ValidationReport.Builder out = ValidationReport.builder();
        validate(c, out);
        return out.build();
    }

    /** Adds the certificate's field violations to {@code out}, for validators that compose more rules. */
    public void validate(Certificate c, ValidationReport.Builder out) {
        InvalidInputException.requireArgument(c, "FieldValidator.validate", "certificate");
        InvalidInputException.requireArgument(out, "FieldValidator.validate", "out");
        Optional<CertificateType> type = ref.certificateType(c.type());
        if (c.type() == null) {
            out.add(FieldRule.REQUIRED, "type");
        } else if (type.isEmpty()) {
            out.add(FieldRule.CERTIFICATE_TYPE_UNKNOWN, "type", c.type());
        }
        Walk w = new Walk(out, !type.map(CertificateType::printedInChinese).orElse(false));
        if (c.category() == null) {
            out.add(FieldRule.REQUIRED, "category");
        }
        w.printed("", "number", c.number());
        w.plain("", "originalNumber", c.originalNumber());
        if (c.amendment() != null) {
            w.plain("amendment", "reason", c.amendment().reason());
            w.plain("amendment", "changedBoxes", c.amendment().changedBoxes());
            w.plain("amendment", "before", c.amendment().before());
            w.plain("amendment", "after", c.amendment().after());
        }
        if (c.filingNumber() != null && !Checks.isFilingNumber(c.filingNumber())) {
            out.add(FieldRule.FILING_NUMBER_FORMAT, "filingNumber");
        }
        w.creditCode("", "creditCode", c.creditCode());
        w.plain("", "enterpriseNameCn", c.enterpriseNameCn());
        w.plain("", "declaringEnterpriseCode", c.declaringEnterpriseCode());
        if (c.contact() != null) {
            w.plain("contact", "name", c.contact().name());
            w.plain("contact", "phone", c.contact().phone());
        }
        w.printed("", "invoiceNumber", c.invoiceNumber());
        w.printed("", "applicationPlace", c.applicationPlace());
        w.authority("issuingAuthority", c.issuingAuthority());
        w.authority("collectingAuthority", c.collectingAuthority());
        w.declarant(c.declarant());
        w.party("exporter", "Exporter", c.exporter());
        w.party("consignee", "Consignee", c.consignee());
        if (c.producer() != null) {
            w.printed("producer", "name", c.producer().name());
            w.printed("producer", "address", c.producer().address());
        }
        w.country("", "destinationCountry", c.destinationCountry());
        w.country("", "originCountry", c.originCountry());
        w.transport(c.transport());
        w.code("", "tradeMode", c.tradeMode(), ref.tradeModes(), FieldRule.TRADE_MODE_UNKNOWN);
        w.code("", "priceTerm", c.priceTerm(), ref.priceTerms(), FieldRule.PRICE_TERM_UNKNOWN);
        w.currency("", "currency", c.currency());
        w.amount("", "totalAmount", c.totalAmount());
        w.printed("", "contractNumber", c.contractNumber());
        w.printed("", "letterOfCreditNumber", c.letterOfCreditNumber());
        w.printed("", "invoiceTerms", c.invoiceTerms());
        List<String> decl = c.customsDeclarationNumbers();
        for (int i = 0; i < decl.size(); i++) {
            String d = decl.get(i);
            if (d == null || d.length() != 18 || !d.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                out.add(FieldRule.DECLARATION_NUMBER_FORMAT, "customsDeclarationNumbers[" + i + "]");
            }
        }
        w.printed("", "processingOperations", c.processingOperations());
        w.printed("", "marks", c.marks());
        w.printed("", "remarks", c.remarks());
        w.plain("", "applicationNote", c.applicationNote());
        w.printed("", "specialClauses", c.specialClauses());
        Exhibition ex = c.exhibition();
        if (ex != null) {
            w.printed("exhibition", "name", ex.name());
            w.printed("exhibition", "address", ex.address());
        }
        List<NonPartyCompany> nps = c.nonPartyCompanies();
        for (int i = 0; i < nps.size(); i++) {
            NonPartyCompany np = nps.get(i);
            String p = "nonPartyCompanies[" + i + "]";
            w.printed(p, "name", np.name());
            w.printed(p, "address", np.address());
            w.country(p, "country", np.country());
        }
        List<Invoice> invoices = c.invoices();
        for (int i = 0; i < invoices.size(); i++) {
            Invoice inv = invoices.get(i);
            String p = "invoices[" + i + "]";
            w.printed(p, "number", inv.number());
            w.code(p, "priceTerm", inv.priceTerm(), ref.priceTerms(), FieldRule.PRICE_TERM_UNKNOWN);
            w.currency(p, "currency", inv.currency());
            w.amount(p, "amount", inv.amount());
            w.printed(p, "contractNumber", inv.contractNumber());
            w.printed(p, "letterOfCreditNumber", inv.letterOfCreditNumber());
            w.printed(p, "specialTerms", inv.specialTerms());
        }
        BackToBack b2b = c.backToBack();
        if (b2b != null) {
            w.printed("backToBack", "originalProofNumber", b2b.originalProofNumber());
            w.country("backToBack", "firstExportingCountry", b2b.firstExportingCountry());
            w.printed("backToBack", "approvedExporterNumber", b2b.approvedExporterNumber());
            w.printed("backToBack", "originalIssuingAuthority", b2b.originalIssuingAuthority());
            Party consignee = b2b.originalConsignee();
            if (consignee != null) {
                // the original Form E's box 2, as printed there: not carried in the customs message, so no message lengths
                w.printed("backToBack.originalConsignee", "name", consignee.name());
                w.printed("backToBack.originalConsignee", "address", consignee.address());
                w.country("backToBack.originalConsignee", "country", consignee.country());
            }
            for (int i = 0; i < b2b.lines().size(); i++) {
                // the first exporting Party's HS code and wording: printed text, not China's nomenclature
                InboundLine line = b2b.lines().get(i);
                String p = "backToBack.lines[" + i + "]";
                w.printed(p, "hsCode", line.hsCode());
                w.printed(p, "description", line.description());
                w.printed(p, "originCriterion", line.originCriterion());
                w.country(p, "originCountry", line.originCountry());
                w.quantity(p, "quantity", line.quantity());
            }
        }
        List<GoodsItem> goods = c.goods();
        if (goods.isEmpty()) {
            out.add(FieldRule.REQUIRED, "goods");
        }
        for (int i = 0; i < goods.size(); i++) {
            w.goods("goods[" + i + "]", goods.get(i));
        }
        messageLengths(c, null, "", out);
    }

    /**
     * coo.xsd's maxLength of every text element the customs message fills from the value's fields (MESSAGE_LENGTH):
     * what the validator passes, the message must be able to carry.
     */
    private static void messageLengths(Object value, @Nullable String within, String parent, ValidationReport.Builder out) {
        MessageLengths.check(value, within, parent, sink(out));
    }

    private static MessageLengths.Sink sink(ValidationReport.Builder out) {
        return (path, n, element, max) -> out.add(FieldRule.MESSAGE_LENGTH, path, n, element, max);
    }

    /**
     * Field checks of one goods line on its own (a goods catalogue's entry, 货物维护): formats, codes and printable
     * English, at paths {@code goods.hsCode}, …; what a certificate type requires of its lines is sdk-rules'.
     */
    public ValidationReport validate(GoodsItem goods) {
        InvalidInputException.requireArgument(goods, "FieldValidator.validate", "goods");
        ValidationReport.Builder out = ValidationReport.builder();
        new Walk(out, true).goods("goods", goods);
        messageLengths(goods, "goods", "goods", out);
        return out.build();
    }

    /** Field checks of a product pre-review (or verification product cost details). */
    public ValidationReport validate(ProductPreReview p) {
        InvalidInputException.requireArgument(p, "FieldValidator.validate", "preReview");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, true);
        w.plain("", "productNameCn", p.productNameCn());
        w.printed("", "productNameEn", p.productNameEn());
        w.hsCode("", "hsCode", p.hsCode(), true);
        w.code("", "unit", p.unit(), ref.units(), FieldRule.UNIT_UNKNOWN);
        w.currency("", "currency", p.currency());
        required(out, "", "unitFobValue", p.unitFobValue());
        w.amount("", "unitFobValue", p.unitFobValue());
        required(out, "", "unitExFactoryPrice", p.unitExFactoryPrice());
        w.amount("", "unitExFactoryPrice", p.unitExFactoryPrice());
        if (p.containsImported() == null) {
            out.add(FieldRule.REQUIRED, "containsImported");
        }
        List<MaterialLine> ms = p.materials();
        if (ms.isEmpty()) {
            out.add(FieldRule.REQUIRED, "materials");
        }
        for (int i = 0; i < ms.size(); i++) {
            MaterialLine m = ms.get(i);
            String path = "materials[" + i + "]";
            w.plain(path, "name", m.name());
            w.hsCode(path, "hsCode", m.hsCode(), true);
            w.country(path, "originCountry", m.originCountry());
            // 001 ch.6 (6): unit price × usage = originating + non-originating, so all four are needed
            required(out, path, "unitPrice", m.unitPrice());
            w.amount(path, "unitPrice", m.unitPrice());
            required(out, path, "usagePerUnit", m.usagePerUnit());
            w.amount(path, "usagePerUnit", m.usagePerUnit());
            required(out, path, "originatingValue", m.originatingValue());
            w.amount(path, "originatingValue", m.originatingValue());
            required(out, path, "nonOriginatingValue", m.nonOriginatingValue());
            w.amount(path, "nonOriginatingValue", m.nonOriginatingValue());
        }
        return out.build();
    }

    /**
     * Field checks of a goods filing with CCPIT (商品备案, 002): the HS code's format ("6、8、10位"), printable English in
     * the English name, control characters, the unit code, non-negative amounts and a percentage within 0–100. Which
     * fields a filing needs, the 4-digit headings and the preferential areas are sdk-rules' {@code GoodsFilingChecker}.
     */
    public ValidationReport validate(GoodsFiling f) {
        InvalidInputException.requireArgument(f, "FieldValidator.validate", "filing");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, true);
        List<String> regions = f.regions();
        for (int i = 0; i < regions.size(); i++) {
            w.plain("", "regions[" + i + "]", regions.get(i));
        }
        w.hsCode("", "hsCode", f.hsCode(), false);
        w.printed("", "nameEn", f.nameEn());
        w.plain("", "nameCn", f.nameCn());
        w.plain("", "processingOperations", f.processingOperations());
        w.plain("", "manufacturer", f.manufacturer());
        w.code("", "unit", f.unit(), ref.units(), FieldRule.UNIT_UNKNOWN);
        w.amount("", "unitFobValue", f.unitFobValue());
        List<FiledMaterial> ms = f.materials();
        for (int i = 0; i < ms.size(); i++) {
            w.plain("materials[" + i + "]", "tariffHeading", ms.get(i).tariffHeading());
            w.amount("materials[" + i + "]", "cifUnitPriceUsd", ms.get(i).cifUnitPriceUsd());
        }
        w.percent("", "adValoremPercent", f.adValoremPercent());
        return out.build();
    }

    /** Field checks of an enterprise's information before it is submitted (001 ch.1). */
    public ValidationReport validate(Enterprise e) {
        InvalidInputException.requireArgument(e, "FieldValidator.validate", "enterprise");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, true);
        if (e.filingNumber() == null) {
            out.add(FieldRule.REQUIRED, "filingNumber");
        } else if (!Checks.isFilingNumber(e.filingNumber())) {
            out.add(FieldRule.FILING_NUMBER_FORMAT, "filingNumber");
        }
        if (e.creditCode() == null) {
            out.add(FieldRule.REQUIRED, "creditCode");
        }
        w.creditCode("", "creditCode", e.creditCode());
        if (e.nameCn() == null || e.nameCn().isBlank()) {
            out.add(FieldRule.REQUIRED, "nameCn");
        }
        w.plain("", "nameCn", e.nameCn());
        if (e.applicationMode() == null) {
            out.add(FieldRule.REQUIRED, "applicationMode");
        } else if (e.applicationMode() != ApplicationMode.NOT_APPLYING && (e.nameEn() == null || e.nameEn().isBlank())) {
            out.add(FieldRule.REQUIRED, "nameEn"); // 001 ch.1: required unless 不申领证书
        }
        w.printed("", "nameEn", e.nameEn());
        w.plain("", "addressCn", e.addressCn());
        w.printed("", "addressEn", e.addressEn());
        if (e.contact() != null) {
            w.plain("contact", "name", e.contact().name());
            w.plain("contact", "phone", e.contact().phone()); // 001 ch.1 states no format for the enterprise's phone
        }
        if (!e.commitment()) {
            out.add(FieldRule.COMMITMENT_REQUIRED, "commitment");
        }
        if (e.ccpitOfficeCode() != null && !e.ccpitOfficeCode().matches("\\d{6}")) {
            out.add(FieldRule.CCPIT_CODE_FORMAT, "ccpitOfficeCode");
        }
        if (e.ccpitEnterpriseCode() != null && !e.ccpitEnterpriseCode().matches("\\d{9}")) {
            out.add(FieldRule.CCPIT_CODE_FORMAT, "ccpitEnterpriseCode");
        }
        w.plain("", "ccpitSigner", e.ccpitSigner());
        return out.build();
    }

    /** Field checks of a base-data profile (002). */
    public ValidationReport validate(BaseDataProfile p) {
        InvalidInputException.requireArgument(p, "FieldValidator.validate", "profile");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, true);
        if (p.kind() == null) {
            out.add(FieldRule.REQUIRED, "kind");
        }
        if (p.code() == null || !p.code().matches("[A-Za-z0-9]{3,8}")) {
            out.add(FieldRule.BASE_DATA_CODE_FORMAT, "code");
        }
        w.printed("", "name", p.name());
        w.printed("", "address", p.address());
        w.country("", "country", p.country());
        w.phone("", "phone", p.phone());
        w.phone("", "fax", p.fax());
        w.email("", "email", p.email());
        if (p.bankAccount() != null && !p.bankAccount().matches("[A-Za-z0-9]{19}")) {
            out.add(FieldRule.BANK_ACCOUNT_FORMAT, "bankAccount");
        }
        w.printed("", "text", p.text());
        return out.build();
    }

    /** A seal for self-print (003): name ≤ 25, remark ≤ 200 characters, size within its shape's limits. */
    public ValidationReport validate(Seal seal) {
        InvalidInputException.requireArgument(seal, "FieldValidator.validate", "seal");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, false);
        if (seal.name() == null || seal.name().isBlank()) {
            out.add(FieldRule.REQUIRED, "name");
        }
        w.plain("", "name", seal.name());
        w.maxLength("", "name", seal.name(), SEAL_NAME_MAX);
        w.plain("", "remark", seal.remark());
        w.maxLength("", "remark", seal.remark(), REMARK_MAX);
        if (seal.kind() == null) {
            out.add(FieldRule.REQUIRED, "kind");
        }
        if (seal.shape() == null) {
            out.add(FieldRule.REQUIRED, "shape");
        } else if (seal.widthMm() == null || seal.heightMm() == null) {
            out.add(FieldRule.REQUIRED, seal.widthMm() == null ? "widthMm" : "heightMm");
        } else if (!seal.shape().fits(seal.widthMm(), seal.heightMm())) {
            out.add(FieldRule.SEAL_SIZE, "widthMm", seal.shape().name().toLowerCase(java.util.Locale.ROOT),
                    seal.widthMm().toPlainString(), seal.heightMm().toPlainString(), seal.shape().maxWidthMm(), seal.shape().maxHeightMm());
        }
        if (seal.validFrom() != null && seal.validUntil() != null && seal.validFrom().isAfter(seal.validUntil())) {
            out.add(FieldRule.DATE_ORDER, "validFrom", "validFrom " + seal.validFrom(), "validUntil " + seal.validUntil());
        }
        return out.build();
    }

    /** A declarant signature for self-print (003): the declarant's identity number and a remark ≤ 200 characters. */
    public ValidationReport validate(Signature signature) {
        InvalidInputException.requireArgument(signature, "FieldValidator.validate", "signature");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, false);
        if (signature.declarantName() == null || signature.declarantName().isBlank()) {
            out.add(FieldRule.REQUIRED, "declarantName");
        }
        w.plain("", "declarantName", signature.declarantName());
        w.residentId("", "declarantIdNumber", signature.declarantIdNumber());
        w.plain("", "remark", signature.remark());
        w.maxLength("", "remark", signature.remark(), REMARK_MAX);
        return out.build();
    }

    /**
     * A declarant of the enterprise's register (申报员信息维护, 003; 004): name and resident identity number required
     * (003 签名制作: "*签名申报员名称", "*签名申报员身份证号"), the phone as the base data's (002), the identity card's
     * dates in order.
     */
    public ValidationReport validate(DeclarantRecord d) {
        InvalidInputException.requireArgument(d, "FieldValidator.validate", "declarant");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, false);
        if (d.name() == null || d.name().isBlank()) {
            out.add(FieldRule.REQUIRED, "name");
        }
        w.plain("", "name", d.name());
        if (d.idNumber() == null) {
            out.add(FieldRule.REQUIRED, "idNumber");
        }
        w.residentId("", "idNumber", d.idNumber());
        w.phone("", "phone", d.phone());
        w.email("", "email", d.email());
        w.plain("", "cardNumber", d.cardNumber());
        if (d.idValidUntil() != null && d.idValidFrom() == null) {
            out.add(FieldRule.REQUIRED, "idValidFrom");
        } else if (d.idValidUntil() != null && d.idValidFrom().isAfter(d.idValidUntil())) {
            out.add(FieldRule.DATE_ORDER, "idValidFrom", "idValidFrom " + d.idValidFrom(), "idValidUntil " + d.idValidUntil());
        }
        return out.build();
    }

    /**
     * A principal of an agent (委托人维护, 001 ch.3; 003): the filing number "9位", the organization code in GB 11714's
     * form (only a warning: no manual gives the principal's code a format), the English name, address and place of
     * application in English (the screen marks them 英文), the declarant's identity number, the trade mode, currency
     * and customs districts as on a certificate, which they pre-fill. Neither manual marks a field of the screen
     * required.
     */
    public ValidationReport validate(Principal p) {
        InvalidInputException.requireArgument(p, "FieldValidator.validate", "principal");
        ValidationReport.Builder out = ValidationReport.builder();
        Walk w = new Walk(out, true);
        w.plain("", "code", p.code());
        w.plain("", "nameCn", p.nameCn());
        w.printed("", "nameEn", p.nameEn());
        w.printed("", "address", p.address());
        if (p.filingNumber() != null && !Checks.isFilingNumber(p.filingNumber())) {
            out.add(FieldRule.FILING_NUMBER_FORMAT, "filingNumber");
        }
        if (p.organizationCode() != null && !Checks.isOrganizationCode(p.organizationCode())) {
            out.add(FieldRule.ORGANIZATION_CODE_FORMAT, "organizationCode");
        }
        w.code("", "tradeMode", p.tradeMode(), ref.tradeModes(), FieldRule.TRADE_MODE_UNKNOWN);
        w.declarant(p.declarant()); // copied into the certificate's declarant: the same checks as there
        w.currency("", "currency", p.currency());
        w.authority("issuingAuthority", p.issuingAuthority());
        w.authority("collectingAuthority", p.collectingAuthority());
        w.printed("", "applicationPlace", p.applicationPlace());
        // What a principal pre-fills (Prefill.principal) must fit the customs message as the certificate's own does.
        MessageLengths.Sink sink = sink(out);
        MessageLengths.check("exporter.address", Arrays.asList(p.nameEn(), p.address()), "address", sink);
        MessageLengths.check("applicationPlace", Arrays.asList(p.applicationPlace()), "applicationPlace", sink);
        MessageLengths.check("issuingAuthority", Arrays.asList(p.issuingAuthority()), "issuingAuthority", sink);
        MessageLengths.check("collectingAuthority", Arrays.asList(p.collectingAuthority()), "collectingAuthority", sink);
        if (p.declarant() != null) {
            MessageLengths.check(p.declarant(), "declarant", "declarant", sink);
        }
        return out.build();
    }

    /** One pass over one document: where violations go and whether printed fields must be English. */
    private final class Walk {
        private final ValidationReport.Builder out;
        private final boolean english;

        Walk(ValidationReport.Builder out, boolean english) {
            this.out = out;
            this.english = english;
        }

        /** Text that is not printed on the form: only control characters are refused. */
        void plain(String parent, String field, String value) {
            if (value != null) {
                int at = Checks.firstControlCharacter(value);
                if (at >= 0) {
                    out.add(FieldRule.CONTROL_CHARACTER, at(parent, field), at + 1);
                }
            }
        }

        /** Text printed on the form: English unless the type prints in Chinese. */
        void printed(String parent, String field, String value) {
            if (value == null) {
                return;
            }
            int at = Checks.firstControlCharacter(value);
            if (at >= 0) {
                out.add(FieldRule.CONTROL_CHARACTER, at(parent, field), at + 1);
            } else if (english && !Checks.isPrintableEnglish(value)) {
                int i = 0;
                while (value.charAt(i) >= 0x20 && value.charAt(i) <= 0x7e || value.charAt(i) == '\n' || value.charAt(i) == '\r') {
                    i++;
                }
                int cp = value.codePointAt(i);
                out.add(FieldRule.NOT_PRINTABLE_ENGLISH, at(parent, field),
                        "\"" + new String(Character.toChars(cp)) + "\" (U+" + String.format("%04X", cp) + ")", i + 1);
            }
        }

        /** Counts characters as people do (code points), so one Chinese character is one. */
        void maxLength(String parent, String field, String value, int max) {
            if (value != null) {
                int n = value.codePointCount(0, value.length());
                if (n > max) {
                    out.add(FieldRule.TEXT_TOO_LONG, at(parent, field), n, max);
                }
            }
        }

        /** A party of the certificate; {@code element} names its contact elements in the customs message (ExporterTel …). */
        void party(String path, String element, Party p) {
            if (p == null) {
                return;
            }
            printed(path, "name", p.name());
            printed(path, "address", p.address());
            country(path, "country", p.country());
            plain(path, "phone", p.phone());
            plain(path, "fax", p.fax());
            plain(path, "email", p.email());
            email(path, "email", p.email());
        }

        void transport(Transport t) {
            if (t == null) {
                return;
            }
            printed("transport", "portOfLoading", t.portOfLoading());
            printed("transport", "portOfDischarge", t.portOfDischarge());
            printed("transport", "portOfDestination", t.portOfDestination());
            country("transport", "transitCountry", t.transitCountry());
            printed("transport", "transhipmentPort", t.transhipmentPort());
            code("transport", "mode", t.mode(), ref.transportModes(), FieldRule.TRANSPORT_MODE_UNKNOWN);
            printed("transport", "vesselVoyage", t.vesselVoyage());
            printed("transport", "details", t.details());
        }

        void goods(String p, GoodsItem g) {
            hsCode(p, "hsCode", g.hsCode(), !g.nonGoodsItem());
            plain(p, "nameCn", g.nameCn());
            printed(p, "nameEn", g.nameEn());
            printed(p, "description", g.description());
            if (g.packages() != null) {
                if (g.packages().count() != null && g.packages().count() < 0) {
                    out.add(FieldRule.AMOUNT_NEGATIVE, at(p, "packages.count"));
                }
                code(p, "packages.unit", g.packages().unit(), ref.packageKinds(), FieldRule.PACKAGE_KIND_UNKNOWN);
            }
            if (g.quantity() != null) {
                amount(p, "quantity.value", g.quantity().value());
                code(p, "quantity.unit", g.quantity().unit(), ref.units(), FieldRule.UNIT_UNKNOWN);
            }
            List<Quantity> more = g.additionalQuantities();
            for (int i = 0; i < more.size(); i++) {
                quantity(p, "additionalQuantities[" + i + "]", more.get(i));
            }
            amount(p, "grossWeight", g.grossWeight());
            amount(p, "netWeight", g.netWeight());
            code(p, "weightUnit", g.weightUnit(), ref.units(), FieldRule.UNIT_UNKNOWN);
            amount(p, "unitPrice", g.unitPrice());
            amount(p, "invoiceValue", g.invoiceValue());
            amount(p, "fobValue", g.fobValue());
            printed(p, "invoiceNumber", g.invoiceNumber());
            printed(p, "originCriterion", g.originCriterion());
            printed(p, "originSubCriterion", g.originSubCriterion());
            printed(p, "originAuxiliary", g.originAuxiliary());
            percent(p, "importContentPercent", g.importContentPercent());
            country(p, "originCountry", g.originCountry());
            GoodsProducer gp = g.producer();
            if (gp != null) {
                plain(p, "producer.code", gp.code());
                printed(p, "producer.name", gp.name());
                printed(p, "producer.description", gp.description());
                plain(p, "producer.contactName", gp.contactName());
                plain(p, "producer.phone", gp.phone());
                plain(p, "producer.fax", gp.fax());
                plain(p, "producer.email", gp.email());
                email(p, "producer.email", gp.email());
            }
            printed(p, "marks", g.marks());
        }

        void quantity(String parent, String field, Quantity q) {
            if (q != null) {
                amount(parent, field + ".value", q.value());
                code(parent, field + ".unit", q.unit(), ref.units(), FieldRule.UNIT_UNKNOWN);
            }
        }

        void authority(String field, String code) {
            plain("", field, code);
            if (code == null || code.isEmpty()) {
                return;
            }
            if (districts == null) {
                out.notChecked(AUTHORITY_EXISTS, "no customs districts loaded: " + NAME_A_PACK);
            } else if (!districts.exists(code)) {
                out.add(FieldRule.AUTHORITY_UNKNOWN, field, abbreviate(code));
            }
        }

        void hsCode(String parent, String field, String code, boolean required) {
            if (code == null || code.isEmpty()) {
                if (required) {
                    out.add(FieldRule.REQUIRED, at(parent, field));
                }
                return;
            }
            if (!HsCode.isValidFormat(code)) {
                out.add(FieldRule.HS_CODE_FORMAT, at(parent, field));
                return;
            }
            if (hs == null) {
                out.notChecked(HS_CODE_EXISTS, "no HS nomenclature loaded: " + NAME_A_PACK);
                return;
            }
            String sub = code.length() == 6 ? code : code.substring(0, 6);
            if (!hs.exists(sub)) {
                String nearest = hs.nearestExisting(sub).map(HsEntry::dotted).orElse("none (chapter " + code.substring(0, 2)
                        + " does not exist)");
                out.add(FieldRule.HS_CODE_UNKNOWN, at(parent, field), sub, hs.version(), nearest);
            } else if (code.length() > 6) {
                out.add(FieldRule.HS_NATIONAL_EXTENSION_UNVERIFIED, at(parent, field), sub, hs.version(), code);
            }
        }

        void country(String parent, String field, String code) {
            if (code != null && !ref.countries().exists(code)) {
                out.add(FieldRule.COUNTRY_UNKNOWN, at(parent, field), abbreviate(code));
            }
        }

        void currency(String parent, String field, String code) {
            if (code != null && !Checks.isCurrency(code)) {
                out.add(FieldRule.CURRENCY_UNKNOWN, at(parent, field), abbreviate(code));
            }
        }

        void code(String parent, String field, String code, CodeTable table, Rule rule) {
            if (code != null && !table.contains(code)) {
                out.add(rule, at(parent, field), abbreviate(code));
            }
        }

        /** A share in percent: between 0 and 100. */
        void percent(String parent, String field, BigDecimal value) {
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                out.add(FieldRule.PERCENT_RANGE, at(parent, field));
            }
        }

        void amount(String parent, String field, BigDecimal value) {
            if (value != null && value.signum() < 0) {
                out.add(FieldRule.AMOUNT_NEGATIVE, at(parent, field));
            }
        }

        /** A phone of the CCPIT base-data profiles (002: 电话不超过20位数字或符号). */
        void phone(String parent, String field, String value) {
            if (value != null && !Checks.isPhone(value)) {
                out.add(FieldRule.PHONE_FORMAT, at(parent, field));
            }
        }

        void email(String parent, String field, String value) {
            if (value != null && !Checks.isEmail(value)) {
                out.add(FieldRule.EMAIL_FORMAT, at(parent, field));
            }
        }

        void creditCode(String parent, String field, String value) {
            if (value == null) {
                return;
            }
            if (!Checks.isCreditCodeFormat(value)) {
                out.add(FieldRule.CREDIT_CODE_FORMAT, at(parent, field));
            } else if (!Checks.isCreditCode(value)) {
                out.add(FieldRule.CREDIT_CODE_CHECK, at(parent, field));
            }
        }

        /** The declarant (申报员) of a certificate, or the one a principal's certificates start with. */
        void declarant(Declarant d) {
            if (d == null) {
                return;
            }
            plain("declarant", "name", d.name());
            residentId("declarant", "idNumber", d.idNumber());
            plain("declarant", "phone", d.phone());
        }

        void residentId(String parent, String field, String value) {
            if (value == null) {
                return;
            }
            if (!Checks.isResidentIdFormat(value)) {
                out.add(FieldRule.RESIDENT_ID_FORMAT, at(parent, field));
            } else if (!Checks.isResidentId(value)) {
                out.add(FieldRule.RESIDENT_ID_CHECK, at(parent, field));
            }
        }
    }

    private static void required(ValidationReport.Builder out, String parent, String field, Object value) {
        if (value == null) {
            out.add(FieldRule.REQUIRED, at(parent, field));
        }
    }

    /** A JSON path, built only when a violation needs it: this walk runs for every field of every certificate. */
    private static String at(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** User text in a message stays short and printable. */
    private static String abbreviate(String s) {
        return Texts.abbreviate(s);
    }
}
