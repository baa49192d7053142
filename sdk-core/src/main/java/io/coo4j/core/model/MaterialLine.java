package io.coo4j.core.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One production detail of a product pre-review (产品生产明细, 001 ch.6): a material with its HS code,
 * origin, unit price, usage per unit of product, and the originating and non-originating value it
 * contributes (unit price × usage = originating + non-originating).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param name the material's name
 * @param hsCode the material's HS code
 * @param originCountry the material's country of origin, ISO 3166-1 alpha-2
 * @param unitPrice the material's unit price
 * @param usagePerUnit how much of the material one unit of product uses
 * @param originatingValue the originating value it contributes per unit of product
 * @param nonOriginatingValue the non-originating value it contributes per unit of product
 */
public record MaterialLine(
        @Nullable String name,
        @Nullable String hsCode,
        @Nullable String originCountry,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal usagePerUnit,
        @Nullable BigDecimal originatingValue,
        @Nullable BigDecimal nonOriginatingValue) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().name(name).hsCode(hsCode).originCountry(originCountry).unitPrice(unitPrice)
                .usagePerUnit(usagePerUnit).originatingValue(originatingValue)
                .nonOriginatingValue(nonOriginatingValue);
    }

    /** Builder of {@link MaterialLine}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable String hsCode;
        private @Nullable String originCountry;
        private @Nullable BigDecimal unitPrice;
        private @Nullable BigDecimal usagePerUnit;
        private @Nullable BigDecimal originatingValue;
        private @Nullable BigDecimal nonOriginatingValue;

        private Builder() {
        }

        /** The material's name. */
        public Builder name(@Nullable String v) { name = v; return this; }
        /** The material's HS code. */
        public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
        /** The material's country of origin, ISO 3166-1 alpha-2. */
        public Builder originCountry(@Nullable String v) { originCountry = v; return this; }
        /** The material's unit price. */
        public Builder unitPrice(@Nullable BigDecimal v) { unitPrice = v; return this; }
        /** How much of the material one unit of product uses. */
        public Builder usagePerUnit(@Nullable BigDecimal v) { usagePerUnit = v; return this; }
        /** The originating value it contributes per unit of product. */
        public Builder originatingValue(@Nullable BigDecimal v) { originatingValue = v; return this; }
        /** The non-originating value it contributes per unit of product. */
        public Builder nonOriginatingValue(@Nullable BigDecimal v) { nonOriginatingValue = v; return this; }

        /** Builds the value from the fields set so far. */
        public MaterialLine build() {
            return new MaterialLine(name, hsCode, originCountry, unitPrice, usagePerUnit, originatingValue,
                    nonOriginatingValue);
        }
    }
}
