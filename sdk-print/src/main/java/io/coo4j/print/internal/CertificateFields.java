package io.coo4j.print.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Invoice;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.model.Transport;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What each named field of a layout prints for one certificate (per box of its form). Every value passes
 * through {@link PdfFont#printable} with its JSON path, so bad characters are refused where they come from.
 * Not thread-safe: one per document.
 */
public final class CertificateFields {
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM. dd, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** The RCEP certificate's type code, the one back-to-back certificate without a box for its original proof. */
    private static final String RCEP = "RC";

    private final Certificate c;
    private final Layout layout;
    private final PdfFont font;
    private final ReferenceData reference;

    public CertificateFields(Certificate c, Layout layout, PdfFont font, ReferenceData reference) {
        this.c = c;
        this.layout = layout;
        this.font = font;
        this.reference = reference;
    }

    /** The text of a box's field; empty when the certificate has nothing for it. */
    public String box(String field) {
        String text = switch (field) {
            case "number" -> clean(c.number(), "number");
            case "exporter" -> party(c.exporter(), "exporter", false);
            case "exporterContacts" -> party(c.exporter(), "exporter", true);
            case "consignee" -> withAdded(party(c.consignee(), "consignee", false), field);
            case "consigneeContacts" -> withAdded(party(c.consignee(), "consignee", true), field);
            case "producer" -> producer();
            case "transport" -> transport(false);
            case "transportLabelled" -> transport(true);
            case "destination" -> country(c.destinationCountry());
            case "remarks" -> withAdded(clean(c.remarks(), "remarks"), field);
            case "invoice" -> invoice();
            case "marks" -> clean(c.marks(), "marks");
            case "declaration" -> join(country(c.destinationCountry()), "\n" + placeAndDate());
            case "placeAndDate" -> placeAndDate();
            case "enterpriseNameCn" -> clean(c.enterpriseNameCn(), "enterpriseNameCn");
            case "filingNumber" -> clean(c.filingNumber(), "filingNumber");
            case "creditCode" -> clean(c.creditCode(), "creditCode");
            case "typeName" -> typeName();
            case "typeNameEn" -> clean(reference.certificateType(c.type()).map(CertificateType::nameEn).orElse(c.type()), "type");
            case "invoiceNumber" -> clean(c.invoiceNumber(), "invoiceNumber");
            case "invoiceDate" -> date(c.invoiceDate());
            case "applicationDate" -> date(c.applicationDate());
            case "issuingAuthority" -> clean(c.issuingAuthority(), "issuingAuthority");
            case "declarant" -> c.declarant() == null ? "" : join(clean(c.declarant().name(), "declarant.name"),
                    clean(c.declarant().phone(), "declarant.phone"));
            case "contact" -> c.contact() == null ? "" : join(clean(c.contact().name(), "contact.name"),
                    clean(c.contact().phone(), "contact.phone"));
            case "total" -> money(c.currency(), c.totalAmount() != null ? c.totalAmount() : c.goodsFobTotal());
            case "priceTerm" -> clean(c.priceTerm(), "priceTerm");
            case "contractNumber" -> clean(c.contractNumber(), "contractNumber");
            case "letterOfCredit" -> clean(c.letterOfCreditNumber(), "letterOfCreditNumber");
            case "goodsCount" -> Integer.toString(c.goods().size());
            case "originalProof" -> originalProof("ORIGINAL CERTIFICATE", false);
            case "blank" -> "";
            default -> throw new InvalidInputException("layout " + layout.id(), field, "no certificate field of this name");
        };
        return cased(text);
    }

    /**
     * Text coo4j prints in a box after the field the box is named for, with the JSON path it comes from.
     *
     * @param path where it comes from, e.g. {@code backToBack}
     * @param what what it is, in words, for a message
     * @param text the text, as printed
     */
    public record Added(String path, String what, String text) {
    }

    /**
     * What coo4j prints in {@code field}'s box besides the field itself: the remarks box carries the third-party
     * invoicing lines and an RCEP back-to-back certificate's original proof, the consignee's the exhibition. Empty for
     * other boxes and when there is nothing to add, so a box too small for it all can say what filled it.
     */
    public List<Added> added(String field) {
        List<Added> out = new ArrayList<>(2);
        switch (field) {
            case "remarks" -> {
                add(out, "nonPartyCompanies", "the third-party invoicing", thirdParty());
                add(out, "backToBack", "the original proof of this RCEP back-to-back certificate", originalProofRemark());
            }
            case "consignee", "consigneeContacts" -> add(out, "exhibition", "the exhibition", exhibition());
            default -> {
            }
        }
        return out;
    }

    private void add(List<Added> out, String path, String what, String text) {
        if (!text.isEmpty()) {
            out.add(new Added(path, what, cased(text)));
        }
    }

    /** {@code own} followed by what coo4j adds to {@code field}'s box, each on its own lines. */
    private String withAdded(String own, String field) {
        String text = own;
        for (Added a : added(field)) {
            text = join(text, a.text());
        }
        return text;
    }

    /** The text of goods line {@code i} in a column's field. */
    public String goods(int i, String field) {
        GoodsItem g = c.goods().get(i);
        String p = "goods[" + i + "].";
        String text = switch (field) {
            case "seq" -> Integer.toString(g.seq());
            case "marks" -> g.marks() != null ? clean(g.marks(), p + "marks") : i == 0 ? clean(c.marks(), "marks") : "";
            case "description" -> description(g, p, false);
            case "descriptionHs" -> description(g, p, true);
            case "hs" -> clean(g.hsCode(), p + "hsCode");
            case "hs6" -> hs(g, 6, p);
            case "hs4" -> hs(g, 4, p);
            case "criterion" -> clean(g.originCriterion(), p + "originCriterion");
            case "criterionPercent" -> join(clean(g.originCriterion(), p + "originCriterion"),
                    g.importContentPercent() == null ? "" : g.importContentPercent().stripTrailingZeros().toPlainString() + "%");
            case "quantity" -> quantity(g);
            case "quantityFob" -> rvc(g) ? join(quantity(g), fob(g)) : quantity(g);
            case "quantityValue" -> join(quantity(g), fob(g));
            case "fob" -> fob(g);
            case "unitPrice" -> g.unitPrice() == null ? "" : g.unitPrice().toPlainString();
            case "amount" -> money(c.currency(), g.invoiceValue());
            case "invoice" -> g.invoiceNumber() != null ? clean(g.invoiceNumber(), p + "invoiceNumber") : i == 0 ? invoice() : "";
            case "originCountry" -> g.originCountry() != null ? country(g.originCountry()) : country("CN");
            case "nameBoth" -> join(clean(g.nameCn(), p + "nameCn"), clean(g.nameEn(), p + "nameEn"));
            default -> throw new InvalidInputException("layout " + layout.id(), field, "no goods field of this name");
        };
        return cased(text);
    }

    /** What follows the last goods line: the closing line, and third-party invoicing when no remarks box takes it. */
    public String afterGoods(boolean remarksBox) {
        return cased(join(layout.closing(), remarksBox ? "" : thirdParty()));
    }

    private String cased(String text) {
        return layout.upperCase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    private String description(GoodsItem g, String p, boolean withHs) {
        String name = layout.chinese() ? join(clean(g.nameCn(), p + "nameCn"), clean(g.nameEn(), p + "nameEn"))
                : clean(g.nameEn(), p + "nameEn");
        String text = packages(g.packages(), name);
        String more = clean(g.description(), p + "description");
        if (!more.isEmpty() && !more.equalsIgnoreCase(name)) {
            text = join(text, more);
        }
        if (g.producer() != null && g.producer().name() != null) {
            text = join(text, "PRODUCER: " + (g.producer().confidential() ? layout.confidential()
                    : clean(g.producer().name(), p + "producer.name")));
        }
        return withHs ? join(text, "H.S. CODE: " + hs(g, 6, p)) : text;
    }

    private String packages(Packages k, String name) {
        if (k == null || k.count() == null) {
            return name;
        }
        String unit = clean(k.unit(), "packages.unit");
        if (layout.chinese()) {
            return k.count() + " " + unit + " " + name;
        }
        return k.count() + " (" + NumberWords.english(k.count()) + ") " + unit + " OF " + name;
    }

    private String hs(GoodsItem g, int digits, String p) {
        String hs = clean(g.hsCode(), p + "hsCode").replace(".", "");
        return hs.length() > digits ? hs.substring(0, digits) : hs;
    }

    private String quantity(GoodsItem g) {
        List<String> parts = new ArrayList<>();
        if (g.quantity() != null) {
            parts.add(quantity(g.quantity()));
        }
        for (Quantity q : g.additionalQuantities()) {
            parts.add(quantity(q));
        }
        if (g.grossWeight() != null) {
            parts.add("G.W. " + g.grossWeight().toPlainString() + " " + (g.weightUnit() == null ? "KG" : g.weightUnit()));
        }
        return String.join("\n", parts);
    }

    private String quantity(Quantity q) {
        return (q.value() == null ? "" : q.value().toPlainString()) + " " + clean(q.unit(), "quantity.unit");
    }

    private static boolean rvc(GoodsItem g) {
        return "RVC".equals(g.originCriterion()) || "RVC".equals(g.originSubCriterion());
    }

    private String fob(GoodsItem g) {
        return g.fobValue() == null ? "" : "FOB " + money(c.currency(), g.fobValue());
    }

    private String money(String currency, BigDecimal amount) {
        return amount == null ? "" : (currency == null ? "" : clean(currency, "currency") + " ") + amount.toPlainString();
    }

    private String party(Party party, String path, boolean contacts) {
        if (party == null) {
            return "";
        }
        String text = join(clean(party.name(), path + ".name"), clean(party.address(), path + ".address"));
        if (party.country() != null && !text.toUpperCase(Locale.ROOT).contains(countryName(party.country()).toUpperCase(Locale.ROOT))) {
            text = join(text, country(party.country()));
        }
        if (contacts) {
            String none = layout.chinese() ? "无" : "NONE";
            text = join(text, (layout.chinese() ? "电话: " : "TEL: ") + orElse(clean(party.phone(), path + ".phone"), none)
                    + (layout.chinese() ? "  传真: " : "  FAX: ") + orElse(clean(party.fax(), path + ".fax"), none)
                    + (layout.chinese() ? "  电邮: " : "  E-MAIL: ") + orElse(clean(party.email(), path + ".email"), none));
        }
        return text;
    }

    private String exhibition() {
        if (c.exhibition() == null) {
            return "";
        }
        return "EXHIBITION: " + join(clean(c.exhibition().name(), "exhibition.name"),
                clean(c.exhibition().address(), "exhibition.address")).replace('\n', ' ');
    }

    private String producer() {
        if (c.producer() == null) {
            return "";
        }
        if (c.producer().confidential()) {
            return layout.confidential();
        }
        return join(clean(c.producer().name(), "producer.name"), clean(c.producer().address(), "producer.address"));
    }

    private String thirdParty() {
        StringJoiner out = new StringJoiner("\n");
        int i = 0;
        for (NonPartyCompany n : c.nonPartyCompanies()) {
            String p = "nonPartyCompanies[" + i++ + "].";
            out.add("THIRD PARTY: " + join(clean(n.name(), p + "name"), clean(n.address(), p + "address"))
                    .replace('\n', ' ') + (n.country() == null ? "" : ", " + country(n.country())));
        }
        return out.toString();
    }

    private String transport(boolean labelled) {
        Transport t = c.transport();
        if (t == null) {
            return "";
        }
        String details = clean(t.details(), "transport.details");
        if (!labelled) {
            return details;
        }
        String date = date(t.departureDate()) + (t.departureDateEstimated() ? (layout.chinese() ? " (预计)" : " (ESTIMATED)") : "");
        return String.join("\n",
                label("Departure Date: ", "离港日期: ") + date,
                label("Vessel/Flight/Train/Vehicle No.: ", "船舶/航班号: ") + clean(t.vesselVoyage(), "transport.vesselVoyage"),
                label("Port of loading: ", "装货口岸: ") + clean(t.portOfLoading(), "transport.portOfLoading"),
                label("Port of discharge: ", "卸货口岸: ") + clean(t.portOfDischarge(), "transport.portOfDischarge"))
                + (details.isEmpty() ? "" : "\n" + details);
    }

    private String label(String en, String zh) {
        return layout.chinese() ? zh : en;
    }

    private String invoice() {
        if (!c.invoices().isEmpty()) {
            StringJoiner out = new StringJoiner("\n");
            int i = 0;
            for (Invoice inv : c.invoices()) {
                out.add(join(clean(inv.number(), "invoices[" + i++ + "].number"), date(inv.date())).replace('\n', ' '));
            }
            return out.toString();
        }
        return join(clean(c.invoiceNumber(), "invoiceNumber"), date(c.invoiceDate()));
    }

    private String placeAndDate() {
        String place = clean(c.applicationPlace(), "applicationPlace");
        String date = date(c.applicationDate());
        return place.isEmpty() || date.isEmpty() ? place + date : place + ", " + date;
    }

    /**
     * The original proof behind a movement or back-to-back certificate: its reference number, date of issuance and
     * Issuing Authority, which ACFTA OCP Rule 12(a)(iii) wants on a movement certificate; with {@code withParty}, also
     * the approved exporter's number and the first exporting Party (001 §1.26 原始原产地证明: 经核准出口商授权号、首次出口的
     * RCEP 原产国). Empty without an original proof.
     */
    private String originalProof(String label, boolean withParty) {
        BackToBack b = c.backToBack();
        if (b == null) {
            return "";
        }
        StringJoiner text = new StringJoiner(" ");
        String number = clean(b.originalProofNumber(), "backToBack.originalProofNumber");
        String authority = clean(b.originalIssuingAuthority(), "backToBack.originalIssuingAuthority");
        text.add(label);
        if (!number.isEmpty()) {
            text.add("NO. " + number);
        }
        if (b.originalIssueDate() != null) {
            text.add("DATED " + date(b.originalIssueDate()));
        }
        if (!authority.isEmpty()) {
            text.add("ISSUED BY " + authority);
        }
        if (withParty) {
            String approved = clean(b.approvedExporterNumber(), "backToBack.approvedExporterNumber");
            if (!approved.isEmpty()) {
                text.add("APPROVED EXPORTER NO. " + approved);
            }
            if (b.firstExportingCountry() != null) {
                text.add("FIRST EXPORTING PARTY " + country(b.firstExportingCountry()));
            }
        }
        return text.toString();
    }

    /**
     * An RCEP back-to-back certificate's original proof (type RC; RCEP Article 3.19, 001 §1.26) in the remarks box,
     * unless its layout has a box of its own for it: the RCEP form's box 14 is the certificate's only free box (which
     * box is coo4j's reading). Other forms with a remarks box are not back-to-back certificates and get nothing.
     */
    private String originalProofRemark() {
        boolean ownBox = layout.boxes().stream().anyMatch(b -> "originalProof".equals(b.field()));
        return !RCEP.equals(c.type()) || ownBox ? "" : originalProof("ORIGINAL PROOF OF ORIGIN", true);
    }

    private String typeName() {
        return reference.certificateType(c.type()).map(CertificateType::nameZh).orElse(clean(c.type(), "type"));
    }

    private String country(String code) {
        return code == null ? "" : clean(countryName(code), "country");
    }

    private String countryName(String code) {
        return reference.countries().byAlpha2(code)
                .map(layout.chinese() ? Country::nameZh : Country::nameEn)
                .orElse(code);
    }

    private String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        return layout.chinese() ? d.format(ZH_DATE) : d.format(EN_DATE).toUpperCase(Locale.ROOT);
    }

    private String clean(String value, String path) {
        return font.printable(value, path);
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /** Joins the non-empty parts with line breaks. */
    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }
}
