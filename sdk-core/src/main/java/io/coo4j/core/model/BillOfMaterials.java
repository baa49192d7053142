package io.coo4j.core.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bill of materials for origin determination ({@code docs/schema}): the agreement to test (null: every agreement
 * whose partner is the import country), the countries, the product and its materials with their value and
 * whether each is originating, and the edition of the Harmonized System (协调制度版本) its codes are in: China's
 * tariff follows HS 2022 (the default), while annexes may be written in an older one.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param agreement the two-digit agreement code to test, or {@code null} for every agreement whose partner is the import country
 * @param exportCountry the exporting country, ISO 3166-1 alpha-2
 * @param importCountry the importing country, ISO 3166-1 alpha-2
 * @param product the product
 * @param materials the materials used
 * @param hsVersion the Harmonized System edition the codes are in, e.g. {@code HS2022}; {@code null} reads as {@link #DEFAULT_HS_VERSION}
 */
public record BillOfMaterials(
        @Nullable String agreement,
        @Nullable String exportCountry,
        @Nullable String importCountry,
        @Nullable Product product,
        List<Material> materials,
        String hsVersion) {
    /** The edition codes are read in when the bill does not say. */
    public static final String DEFAULT_HS_VERSION = "HS2022";

    /** Copies the materials, refusing a {@code null} one; a missing HS edition reads as {@link #DEFAULT_HS_VERSION}. */
    public BillOfMaterials(@Nullable String agreement, @Nullable String exportCountry, @Nullable String importCountry,
            @Nullable Product product, @Nullable List<Material> materials, @Nullable String hsVersion) {
        // Not compact: the parameter may be null, the component never is.
        materials = Lists.copy(materials, "BillOfMaterials", "materials");
        hsVersion = hsVersion == null ? DEFAULT_HS_VERSION : hsVersion;
        this.agreement = agreement;
        this.exportCountry = exportCountry;
        this.importCountry = importCountry;
        this.product = product;
        this.materials = materials;
        this.hsVersion = hsVersion;
    }

    /** A bill whose codes are in HS 2022; {@code null} materials read as none. */
    public BillOfMaterials(@Nullable String agreement, @Nullable String exportCountry, @Nullable String importCountry,
            @Nullable Product product, @Nullable List<Material> materials) {
        this(agreement, exportCountry, importCountry, product, materials, DEFAULT_HS_VERSION);
    }

    /** This bill with its codes read in another edition, e.g. {@code HS2012}. */
    public BillOfMaterials withHsVersion(String version) {
        return new BillOfMaterials(agreement, exportCountry, importCountry, product, materials, version);
    }

    /**
     * The product: HS code, FOB value, ex-works price, and whether it is wholly obtained (完全获得).
     *
     * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
     *
     * @param hsCode the HS code (商品编码)
     * @param fobValue the product's FOB value
     * @param exWorksPrice the product's ex-works price (出厂价)
     * @param whollyObtained whether the product is wholly obtained (完全获得)
     */
    public record Product(
            @Nullable String hsCode,
            @Nullable BigDecimal fobValue,
            @Nullable BigDecimal exWorksPrice,
            boolean whollyObtained) {
        /** A builder with every field empty. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this value's fields, to change some of them. */
        public Builder toBuilder() {
            return builder().hsCode(hsCode).fobValue(fobValue).exWorksPrice(exWorksPrice)
                    .whollyObtained(whollyObtained);
        }

        /** Builder of {@link Product}. Not thread-safe. */
        public static final class Builder {
            private @Nullable String hsCode;
            private @Nullable BigDecimal fobValue;
            private @Nullable BigDecimal exWorksPrice;
            private boolean whollyObtained;

            private Builder() {
            }

            /** The HS code (商品编码). */
            public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
            /** The product's FOB value. */
            public Builder fobValue(@Nullable BigDecimal v) { fobValue = v; return this; }
            /** The product's ex-works price (出厂价). */
            public Builder exWorksPrice(@Nullable BigDecimal v) { exWorksPrice = v; return this; }
            /** Whether the product is wholly obtained (完全获得). */
            public Builder whollyObtained(boolean v) { whollyObtained = v; return this; }

            /** Builds the value from the fields set so far. */
            public Product build() {
                return new Product(hsCode, fobValue, exWorksPrice, whollyObtained);
            }
        }
    }

    /**
     * A material: HS code, value, whether it is originating, and its country of origin.
     *
     * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
     *
     * @param hsCode the HS code (商品编码)
     * @param value the material's value
     * @param originating whether the material is originating (原产材料)
     * @param originCountry the material's country of origin, ISO 3166-1 alpha-2
     */
    public record Material(
            @Nullable String hsCode,
            @Nullable BigDecimal value,
            @Nullable Boolean originating,
            @Nullable String originCountry) {
        /** A builder with every field empty. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this value's fields, to change some of them. */
        public Builder toBuilder() {
            return builder().hsCode(hsCode).value(value).originating(originating).originCountry(originCountry);
        }

        /** Builder of {@link Material}. Not thread-safe. */
        public static final class Builder {
            private @Nullable String hsCode;
            private @Nullable BigDecimal value;
            private @Nullable Boolean originating;
            private @Nullable String originCountry;

            private Builder() {
            }

            /** The HS code (商品编码). */
            public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
            /** The material's value. */
            public Builder value(@Nullable BigDecimal v) { value = v; return this; }
            /** Whether the material is originating (原产材料). */
            public Builder originating(@Nullable Boolean v) { originating = v; return this; }
            /** The material's country of origin, ISO 3166-1 alpha-2. */
            public Builder originCountry(@Nullable String v) { originCountry = v; return this; }

            /** Builds the value from the fields set so far. */
            public Material build() {
                return new Material(hsCode, value, originating, originCountry);
            }
        }
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().agreement(agreement).exportCountry(exportCountry).importCountry(importCountry)
                .product(product).materials(materials).hsVersion(hsVersion);
    }

    /** Builder of {@link BillOfMaterials}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String agreement;
        private @Nullable String exportCountry;
        private @Nullable String importCountry;
        private @Nullable Product product;
        private List<Material> materials = List.of();
        private String hsVersion = DEFAULT_HS_VERSION;

        private Builder() {
        }

        /** The two-digit agreement code to test, or {@code null} for every agreement whose partner is the import country. */
        public Builder agreement(@Nullable String v) { agreement = v; return this; }
        /** The exporting country, ISO 3166-1 alpha-2. */
        public Builder exportCountry(@Nullable String v) { exportCountry = v; return this; }
        /** The importing country, ISO 3166-1 alpha-2. */
        public Builder importCountry(@Nullable String v) { importCountry = v; return this; }
        /** The product. */
        public Builder product(@Nullable Product v) { product = v; return this; }
        /** The materials used; {@code null} for none. */
        public Builder materials(@Nullable List<Material> v) { materials = v; return this; }
        /** The Harmonized System edition the codes are in, e.g. {@code HS2022}; {@code null} for {@link #DEFAULT_HS_VERSION}. */
        public Builder hsVersion(@Nullable String v) { hsVersion = v; return this; }

        /** Builds the value from the fields set so far. */
        public BillOfMaterials build() {
            return new BillOfMaterials(agreement, exportCountry, importCountry, product, materials, hsVersion);
        }
    }
}
