package io.coo4j.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bill of materials for origin determination ({@code docs/schema}): the agreement to test (null: every agreement
 * whose partner is the import country), the countries, the product and its materials with their value and
 * whether each is originating, and the edition of the Harmonized System (协调制度版本) its codes are in: China's
 * tariff follows HS 2022 (the default), while annexes may be written in an older one.
 */
public record BillOfMaterials(
        String agreement,
        String exportCountry,
        String importCountry,
        Product product,
        List<Material> materials,
        String hsVersion) {
    /** The edition codes are read in when the bill does not say. */
    public static final String DEFAULT_HS_VERSION = "HS2022";

    public BillOfMaterials {
        materials = Lists.copy(materials);
        hsVersion = hsVersion == null ? DEFAULT_HS_VERSION : hsVersion;
    }

    /** A bill whose codes are in HS 2022. */
    public BillOfMaterials(String agreement, String exportCountry, String importCountry, Product product, List<Material> materials) {
        this(agreement, exportCountry, importCountry, product, materials, DEFAULT_HS_VERSION);
    }

    /** This bill with its codes read in another edition, e.g. {@code HS2012}. */
    public BillOfMaterials withHsVersion(String version) {
        return new BillOfMaterials(agreement, exportCountry, importCountry, product, materials, version);
    }

    /** The product: HS code, FOB value, ex-works price, and whether it is wholly obtained (完全获得). */
    public record Product(String hsCode, BigDecimal fobValue, BigDecimal exWorksPrice, boolean whollyObtained) {
    }

    /** A material: HS code, value, whether it is originating, and its country of origin. */
    public record Material(String hsCode, BigDecimal value, Boolean originating, String originCountry) {
    }
}
