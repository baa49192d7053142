package io.coo4j.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bill of materials for origin determination ({@code docs/schema}): the agreement to test (null: every agreement
 * whose partner is the import country), the countries, the product and its materials with their value and
 * whether each is originating.
 */
public record BillOfMaterials(
        String agreement,
        String exportCountry,
        String importCountry,
        Product product,
        List<Material> materials) {

    public BillOfMaterials {
        materials = Lists.copy(materials);
    }

    /** The product: HS code, FOB value, ex-works price, and whether it is wholly obtained (完全获得). */
    public record Product(String hsCode, BigDecimal fobValue, BigDecimal exWorksPrice, boolean whollyObtained) {
    }

    /** A material: HS code, value, whether it is originating, and its country of origin. */
    public record Material(String hsCode, BigDecimal value, Boolean originating, String originCountry) {
    }
}
