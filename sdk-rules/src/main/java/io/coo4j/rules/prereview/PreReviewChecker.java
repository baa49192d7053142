package io.coo4j.rules.prereview;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.MaterialLine;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.VerificationRecord;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a product pre-review (产品预审) against its field rules and the six cost constraints of 001 ch.6, and
 * computes the non-originating shares. The same checker serves the product cost details of a verification
 * record (001 ch.7, {@link #check(VerificationRecord)}).
 *
 * <p>Sums are exact. Constraint (6) compares unit price × usage with the line's two values after rounding the
 * product HALF_UP to the scale the values are given in (at least 2 decimals), so that 0.333 × 3 = 0.999 matches
 * a value entered as 1.00, as a person entering amounts in cents expects. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PreReviewChecker {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FieldValidator fields;

    /** A checker whose field checks are {@code fields}' (its reference data and data pack). */
    public PreReviewChecker(FieldValidator fields) {
        this.fields = InvalidInputException.requireArgument(fields, "PreReviewChecker", "fields");
    }

    /** With the built-in reference data and no data pack. */
    public static PreReviewChecker defaults() {
        return new PreReviewChecker(FieldValidator.defaults());
    }

    /** The field checks and the six cost constraints of {@code p}, with the non-originating shares. */
    public PreReviewCheck check(ProductPreReview p) {
        ValidationReport.Builder out = ValidationReport.builder().addAll(fields.validate(p));
        BigDecimal fob = p.unitFobValue();
        BigDecimal exFactory = p.unitExFactoryPrice();
        BigDecimal originating = BigDecimal.ZERO;
        BigDecimal nonOriginating = BigDecimal.ZERO;
        List<MaterialLine> materials = p.materials();
        for (int i = 0; i < materials.size(); i++) {
            MaterialLine m = materials.get(i);
            originating = originating.add(orZero(m.originatingValue()));
            nonOriginating = nonOriginating.add(orZero(m.nonOriginatingValue()));
            checkLine(m, "materials[" + i + "]", out);
        }
        BigDecimal materialsTotal = originating.add(nonOriginating);
        if (fob != null && exFactory != null && fob.compareTo(exFactory) < 0) {
            out.add(PreReviewRule.FOB_BELOW_EX_FACTORY_PRICE, "unitFobValue", fob.toPlainString(), exFactory.toPlainString());
        }
        if (exFactory != null && materialsTotal.compareTo(exFactory) > 0) {
            out.add(PreReviewRule.MATERIALS_OVER_EX_FACTORY_PRICE, "materials", materialsTotal.toPlainString(), exFactory.toPlainString());
        }
        if (fob != null && materialsTotal.compareTo(fob) > 0) {
            out.add(PreReviewRule.MATERIALS_OVER_FOB, "materials", materialsTotal.toPlainString(), fob.toPlainString());
        }
        if (Boolean.TRUE.equals(p.containsImported()) && nonOriginating.signum() == 0) {
            out.add(PreReviewRule.IMPORTED_WITHOUT_NON_ORIGINATING_VALUE, "containsImported");
        }
        if (Boolean.FALSE.equals(p.containsImported()) && nonOriginating.signum() != 0) {
            out.add(PreReviewRule.NON_ORIGINATING_VALUE_WITHOUT_IMPORTS, "containsImported", nonOriginating.toPlainString());
        }
        return PreReviewCheck.of(out.build(), share(nonOriginating, exFactory), share(nonOriginating, fob));
    }

    /**
     * Checks every product cost detail of a verification record (核查记录单); paths are under
     * {@code productCosts[i]}. The shares are left out: a record has one per product.
     */
    public ValidationReport check(VerificationRecord record) {
        InvalidInputException.requireArgument(record, "PreReviewChecker.check", "record");
        ValidationReport.Builder out = ValidationReport.builder();
        List<ProductPreReview> products = record.productCosts();
        for (int i = 0; i < products.size(); i++) {
            out.addAll(check(products.get(i)).report(), "productCosts[" + i + "]");
        }
        return out.build();
    }

    private static void checkLine(MaterialLine m, String path, ValidationReport.Builder out) {
        if (m.unitPrice() == null || m.usagePerUnit() == null || m.originatingValue() == null || m.nonOriginatingValue() == null) {
            return; // the field checks already name what is missing
        }
        BigDecimal declared = m.originatingValue().add(m.nonOriginatingValue());
        int scale = Math.max(2, Math.max(m.originatingValue().scale(), m.nonOriginatingValue().scale()));
        BigDecimal computed = m.unitPrice().multiply(m.usagePerUnit()).setScale(scale, RoundingMode.HALF_UP);
        if (computed.compareTo(declared) != 0) {
            out.add(PreReviewRule.MATERIAL_VALUE_MISMATCH, path, m.unitPrice().toPlainString(), m.usagePerUnit().toPlainString(),
                    computed.toPlainString(), declared.toPlainString());
        }
    }

    /** {@code part / whole × 100} at 2 decimals HALF_UP, or null without a positive whole. */
    private static @Nullable BigDecimal share(BigDecimal part, @Nullable BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(@Nullable BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
