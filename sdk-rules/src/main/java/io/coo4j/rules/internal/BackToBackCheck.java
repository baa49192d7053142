package io.coo4j.rules.internal;

import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.InboundLine;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.GoodsProfile;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateRule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The back-to-back rules of {@link CertificateRule} on a certificate that carries an original proof. Goods and inbound
 * lines meet on a product key, the HS code's first six digits and the unit: the original proof's HS code is the first
 * exporting Party's, so only the harmonised six digits are shared.
 */
public final class BackToBackCheck {
    /** The not-checked entry when the original proof's lines are not on the certificate. */
    public static final String INBOUND_QUANTITIES = "BACK_TO_BACK_INBOUND_QUANTITIES";
    /** The not-checked entry when a movement certificate does not say whom the original Form E was consigned to. */
    public static final String ORIGINAL_CONSIGNEE = "BACK_TO_BACK_ORIGINAL_CONSIGNEE";
    /** The types 001 gives an original proof: the China–ASEAN movement certificate (§1.24), RCEP back-to-back (§1.26). */
    private static final Set<String> CARRIERS = Set.of("E", "RC");

    private BackToBackCheck() {
    }

    /** Adds the findings for {@code c}, of type {@code type}, to {@code out}; nothing when it carries no original proof. */
    public static void check(Certificate c, CertificateType type, ValidationReport.Builder out) {
        BackToBack proof = c.backToBack();
        if (proof == null) {
            return;
        }
        if (!CARRIERS.contains(type.code())) {
            out.add(CertificateRule.BACK_TO_BACK_ON_OTHER_TYPE, "backToBack", type.code());
            return;
        }
        if (type.goodsProfile() == GoodsProfile.ASEAN) {
            importerIsExporter(c, proof, out);
        }
        if (proof.originalValidUntil() != null && c.validUntil() != null && c.validUntil().isAfter(proof.originalValidUntil())) {
            out.add(CertificateRule.BACK_TO_BACK_VALID_BEYOND_ORIGINAL, "validUntil", c.validUntil(), proof.originalValidUntil());
        }
        if (proof.lines().isEmpty()) {
            out.notChecked(INBOUND_QUANTITIES, "the original proof's lines (backToBack.lines, 进境货物原产地信息) are not on the"
                    + " certificate: whether the goods come from them and stay within their quantities is unknown");
            return;
        }
        Map<String, BigDecimal> covered = new LinkedHashMap<>();
        Map<String, Set<String>> criteria = new HashMap<>();
        for (InboundLine line : proof.lines()) {
            String key = key(line.hsCode(), line.quantity() == null ? null : line.quantity().unit());
            if (key != null && line.quantity().value() != null) {
                covered.merge(key, line.quantity().value(), BigDecimal::add);
                if (line.originCriterion() != null) {
                    criteria.computeIfAbsent(key, k -> new HashSet<>()).add(line.originCriterion());
                }
            }
        }
        Map<String, BigDecimal> taken = new LinkedHashMap<>();
        Map<String, Integer> lastLine = new LinkedHashMap<>();
        List<GoodsItem> goods = c.goods();
        for (int i = 0; i < goods.size(); i++) {
            GoodsItem g = goods.get(i);
            if (g.nonGoodsItem()) {
                continue;
            }
            String key = key(g.hsCode(), g.quantity() == null ? null : g.quantity().unit());
            if (key == null || g.quantity().value() == null) {
                out.notChecked(INBOUND_QUANTITIES, "goods[" + i + "] has no HS code or no quantity with a unit: it cannot be"
                        + " matched to the original proof's lines");
                continue;
            }
            if (!covered.containsKey(key)) {
                out.add(CertificateRule.BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL, "goods[" + i + "].hsCode", g.hsCode(),
                        g.quantity().unit());
                continue;
            }
            taken.merge(key, g.quantity().value(), BigDecimal::add);
            lastLine.put(key, i);
            // a product on several lines may carry several criteria: the goods line keeps one of them
            Set<String> criterion = criteria.getOrDefault(key, Set.of());
            if (!criterion.isEmpty() && g.originCriterion() != null && !criterion.contains(g.originCriterion())) {
                out.add(CertificateRule.BACK_TO_BACK_CRITERION_CHANGED, "goods[" + i + "].originCriterion",
                        g.originCriterion(), String.join(", ", new TreeSet<>(criterion)));
            }
        }
        taken.forEach((key, total) -> {
            BigDecimal limit = covered.get(key);
            if (total.compareTo(limit) > 0) {
                out.add(CertificateRule.BACK_TO_BACK_QUANTITY_OVER_ORIGINAL, "goods[" + lastLine.get(key) + "].quantity",
                        key, total.toPlainString(), limit.toPlainString());
            }
        });
    }

    /**
     * A China–ASEAN movement certificate is applied for by the consignee who declared the goods into China (GACC
     * Announcement 2011 No. 11 二(二)). The announcement means the declarations' consignee and consignor; Form E box 2's
     * name stands in for the first, so a difference only warns. Names are compared without case, spaces and
     * punctuation, so that "CO., LTD." and "Co. Ltd" meet; a missing exporter name is already reported as required.
     */
    private static void importerIsExporter(Certificate c, BackToBack proof, ValidationReport.Builder out) {
        String exporter = c.exporter() == null ? null : c.exporter().name();
        if (exporter == null || exporter.isBlank()) {
            return;
        }
        String consignee = proof.originalConsignee() == null ? null : proof.originalConsignee().name();
        if (consignee == null || consignee.isBlank()) {
            out.notChecked(ORIGINAL_CONSIGNEE, "the original Form E's consignee (backToBack.originalConsignee) is not on the"
                    + " certificate: whether the exporter is the importer who declared the goods into China is unknown");
        } else if (!comparable(exporter).equals(comparable(consignee))) {
            out.add(CertificateRule.BACK_TO_BACK_IMPORTER_NOT_EXPORTER, "exporter.name", exporter, consignee);
        }
    }

    /** Letters and digits only, upper case: what a name says without its spacing and punctuation. */
    private static String comparable(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** {@code hs6 unit}, or null when either is missing or the HS code is shorter than six digits. */
    private static String key(String hsCode, String unit) {
        if (hsCode == null || unit == null || unit.isBlank()) {
            return null;
        }
        String digits = hsCode.replaceAll("[^0-9]", "");
        return digits.length() < 6 ? null : digits.substring(0, 6) + " " + unit;
    }
}
