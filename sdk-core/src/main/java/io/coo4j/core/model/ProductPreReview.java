package io.coo4j.core.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product pre-review (产品预审, 001 ch.6; 004): the product, its unit FOB value and unit ex-factory
 * price (出厂价), whether it contains imported content, and its production details. The same shape holds
 * the product cost details of a verification record (001 ch.7). JSON as in {@code docs/schema}.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param productNameCn the product's Chinese name (中文品名)
 * @param productNameEn the product's English name (英文品名)
 * @param hsCode the product's HS code (商品编码)
 * @param unit the unit code the per-unit values refer to
 * @param currency the currency of the unit values, ISO 4217
 * @param unitFobValue the FOB value of one unit of the product
 * @param unitExFactoryPrice the ex-factory price (出厂价) of one unit of the product
 * @param containsImported whether the product contains imported content (含进口成分)
 * @param materials the production details (产品生产明细), one line per material
 */
public record ProductPreReview(
        @Nullable String productNameCn,
        @Nullable String productNameEn,
        @Nullable String hsCode,
        @Nullable String unit,
        @Nullable String currency,
        @Nullable BigDecimal unitFobValue,
        @Nullable BigDecimal unitExFactoryPrice,
        @Nullable Boolean containsImported,
        List<MaterialLine> materials) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public ProductPreReview(@Nullable String productNameCn, @Nullable String productNameEn, @Nullable String hsCode,
            @Nullable String unit, @Nullable String currency, @Nullable BigDecimal unitFobValue,
            @Nullable BigDecimal unitExFactoryPrice, @Nullable Boolean containsImported,
            @Nullable List<MaterialLine> materials) {
        // Not compact: the parameter may be null, the component never is.
        materials = Lists.copy(materials, "ProductPreReview", "materials");
        this.productNameCn = productNameCn;
        this.productNameEn = productNameEn;
        this.hsCode = hsCode;
        this.unit = unit;
        this.currency = currency;
        this.unitFobValue = unitFobValue;
        this.unitExFactoryPrice = unitExFactoryPrice;
        this.containsImported = containsImported;
        this.materials = materials;
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().productNameCn(productNameCn).productNameEn(productNameEn).hsCode(hsCode).unit(unit)
                .currency(currency).unitFobValue(unitFobValue).unitExFactoryPrice(unitExFactoryPrice)
                .containsImported(containsImported).materials(materials);
    }

    /** Builder of {@link ProductPreReview}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String productNameCn;
        private @Nullable String productNameEn;
        private @Nullable String hsCode;
        private @Nullable String unit;
        private @Nullable String currency;
        private @Nullable BigDecimal unitFobValue;
        private @Nullable BigDecimal unitExFactoryPrice;
        private @Nullable Boolean containsImported;
        private List<MaterialLine> materials = List.of();

        private Builder() {
        }

        /** The product's Chinese name (中文品名). */
        public Builder productNameCn(@Nullable String v) { productNameCn = v; return this; }
        /** The product's English name (英文品名). */
        public Builder productNameEn(@Nullable String v) { productNameEn = v; return this; }
        /** The product's HS code (商品编码). */
        public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
        /** The unit code the per-unit values refer to. */
        public Builder unit(@Nullable String v) { unit = v; return this; }
        /** The currency of the unit values, ISO 4217. */
        public Builder currency(@Nullable String v) { currency = v; return this; }
        /** The FOB value of one unit of the product. */
        public Builder unitFobValue(@Nullable BigDecimal v) { unitFobValue = v; return this; }
        /** The ex-factory price (出厂价) of one unit of the product. */
        public Builder unitExFactoryPrice(@Nullable BigDecimal v) { unitExFactoryPrice = v; return this; }
        /** Whether the product contains imported content (含进口成分). */
        public Builder containsImported(@Nullable Boolean v) { containsImported = v; return this; }
        /** The production details (产品生产明细), one line per material; {@code null} for none. */
        public Builder materials(@Nullable List<MaterialLine> v) { materials = v; return this; }

        /** Builds the value from the fields set so far. */
        public ProductPreReview build() {
            return new ProductPreReview(productNameCn, productNameEn, hsCode, unit, currency, unitFobValue,
                    unitExFactoryPrice, containsImported, materials);
        }
    }
}
