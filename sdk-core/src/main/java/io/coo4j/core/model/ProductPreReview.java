package io.coo4j.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product pre-review (产品预审, 001 ch.6; 004): the product, its unit FOB value and unit ex-factory
 * price (出厂价), whether it contains imported content, and its production details. The same shape holds
 * the product cost details of a verification record (001 ch.7). JSON as in {@code docs/schema}.
 */
public record ProductPreReview(
        String productNameCn,
        String productNameEn,
        String hsCode,
        String unit,
        String currency,
        BigDecimal unitFobValue,
        BigDecimal unitExFactoryPrice,
        Boolean containsImported,
        List<MaterialLine> materials) {

    public ProductPreReview {
        materials = Lists.copy(materials);
    }
}
