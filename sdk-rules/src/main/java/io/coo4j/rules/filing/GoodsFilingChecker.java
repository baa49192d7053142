package io.coo4j.rules.filing;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.FiledMaterial;
import io.coo4j.core.model.GoodsFiling;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a CCPIT goods filing (商品备案, 002) before it is declared: sdk-core's field checks (HS code "6、8、10位",
 * printable English, amounts) and the {@code GOODS_FILING_*} rules of {@link CertificateRule} — at least one
 * preferential area, each a preferential type CCPIT issues, ECFA alone, the dialog's starred fields, at least one
 * material, 4-digit headings. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GoodsFilingChecker {
    /** The ECFA certificate type (海峡两岸经济合作框架协议, H), which 002 files apart from every other area. */
    static final String ECFA = "H";

    private final FieldValidator fields;

    /**
     * A checker on {@code fields}' reference data (certificate types, units) and data pack.
     *
     * @param fields the field validator whose reference data also names the preferential types
     */
    public GoodsFilingChecker(FieldValidator fields) {
        this.fields = InvalidInputException.requireArgument(fields, "GoodsFilingChecker", "fields");
    }

    /** With the built-in reference data and no data pack. */
    public static GoodsFilingChecker defaults() {
        return new GoodsFilingChecker(FieldValidator.defaults());
    }

    /**
     * Every finding on {@code f}; {@link ValidationReport#valid()} when it may be declared.
     *
     * @param f the filing
     * @return field violations and rule violations, with their paths ({@code regions[1]}, {@code materials[0].tariffHeading} …)
     */
    public ValidationReport check(GoodsFiling f) {
        InvalidInputException.requireArgument(f, "GoodsFilingChecker.check", "filing");
        ValidationReport.Builder out = ValidationReport.builder().addAll(fields.validate(f));
        regions(f.regions(), fields.referenceData(), out);
        if (blank(f.hsCode())) {
            out.add(CertificateRule.GOODS_FILING_FIELD_REQUIRED, "hsCode", "H.S.Code");
        }
        if (f.unitFobValue() == null) {
            out.add(CertificateRule.GOODS_FILING_FIELD_REQUIRED, "unitFobValue", "交货单价");
        }
        // the dialog's one 产品名称: either of the filing screen's two names fills it
        if (blank(f.nameEn()) && blank(f.nameCn())) {
            out.add(CertificateRule.GOODS_FILING_FIELD_REQUIRED, "nameEn", "产品名称");
        }
        if (blank(f.processingOperations())) {
            out.add(CertificateRule.GOODS_FILING_FIELD_REQUIRED, "processingOperations", "加工工序");
        }
        if (f.adValoremPercent() == null) {
            out.add(CertificateRule.GOODS_FILING_FIELD_REQUIRED, "adValoremPercent", "从价百分比");
        }
        List<FiledMaterial> materials = f.materials();
        if (materials.isEmpty()) {
            out.add(CertificateRule.GOODS_FILING_MATERIAL_REQUIRED, "materials");
        }
        for (int i = 0; i < materials.size(); i++) {
            FiledMaterial m = materials.get(i);
            String path = "materials[" + i + "]";
            if (m.tariffHeading() == null || !m.tariffHeading().matches("[0-9]{4}")) {
                out.add(CertificateRule.GOODS_FILING_TARIFF_HEADING_FORMAT, path + ".tariffHeading");
            }
            if (m.cifUnitPriceUsd() == null) {
                out.add(CertificateRule.GOODS_FILING_MATERIAL_PRICE_MISSING, path + ".cifUnitPriceUsd");
            }
        }
        return out.build();
    }

    private static void regions(List<String> regions, ReferenceData ref, ValidationReport.Builder out) {
        if (regions.isEmpty()) {
            out.add(CertificateRule.GOODS_FILING_REGION_REQUIRED, "regions");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            String code = regions.get(i);
            String path = "regions[" + i + "]";
            Optional<CertificateType> type = ref.certificateType(code);
            if (type.isEmpty() || !type.get().preferential() || !type.get().issuers().contains(Issuer.CCPIT)) {
                out.add(CertificateRule.GOODS_FILING_REGION_NOT_CCPIT_PREFERENTIAL, path, String.valueOf(code));
            } else if (!seen.add(code)) {
                out.add(CertificateRule.GOODS_FILING_REGION_DUPLICATE, path, code);
            }
        }
        if (regions.size() > 1 && regions.contains(ECFA)) {
            out.add(CertificateRule.GOODS_FILING_ECFA_NOT_ALONE, "regions[" + regions.indexOf(ECFA) + "]");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
