package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
import io.coo4j.core.validation.constraints.HsCode;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One goods line of a certificate (货物信息, 001 §1.1). A {@code nonGoodsItem} line (非货物项) stands
 * for a mixed consignment's remark and is exempt from the goods-only rules (origin criterion, HS code).
 *
 * <p>{@code originCriterion}, {@code originSubCriterion} and {@code originAuxiliary} are the agreement's
 * origin criterion (原产地标准), its sub-criterion (China–ASEAN PSR: RVC / CTC / PROCESS) and its
 * auxiliary value (GSP {@code W}: the heading as {@code XX.XX}). Immutable; build with {@link #builder()}.
 */
public record GoodsItem(
        int seq,
        boolean nonGoodsItem,
        @HsCode @Nullable String hsCode,
        @Nullable String nameCn,
        @Nullable String nameEn,
        @Nullable String description,
        @Nullable Packages packages,
        @Nullable Quantity quantity,
        List<Quantity> additionalQuantities,
        @Nullable BigDecimal grossWeight,
        @Nullable BigDecimal netWeight,
        @Nullable String weightUnit,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal invoiceValue,
        @Nullable BigDecimal fobValue,
        @Nullable String invoiceNumber,
        @Nullable String originCriterion,
        @Nullable String originSubCriterion,
        @Nullable String originAuxiliary,
        @Nullable BigDecimal importContentPercent,
        @CountryCode @Nullable String originCountry,
        @Nullable Integer taxRateFlag,
        @Nullable GoodsProducer producer,
        @Nullable String marks) {

    public GoodsItem {
        additionalQuantities = Lists.copy(additionalQuantities, "GoodsItem", "additionalQuantities");
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this line's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link GoodsItem}; not thread-safe. */
    public static final class Builder {
        private int seq;
        private boolean nonGoodsItem;
        private @Nullable String hsCode;
        private @Nullable String nameCn;
        private @Nullable String nameEn;
        private @Nullable String description;
        private @Nullable Packages packages;
        private @Nullable Quantity quantity;
        private List<Quantity> additionalQuantities = List.of();
        private @Nullable BigDecimal grossWeight;
        private @Nullable BigDecimal netWeight;
        private @Nullable String weightUnit;
        private @Nullable BigDecimal unitPrice;
        private @Nullable BigDecimal invoiceValue;
        private @Nullable BigDecimal fobValue;
        private @Nullable String invoiceNumber;
        private @Nullable String originCriterion;
        private @Nullable String originSubCriterion;
        private @Nullable String originAuxiliary;
        private @Nullable BigDecimal importContentPercent;
        private @Nullable String originCountry;
        private @Nullable Integer taxRateFlag;
        private @Nullable GoodsProducer producer;
        private @Nullable String marks;

        private Builder() {
        }

        private Builder(GoodsItem g) {
            seq = g.seq;
            nonGoodsItem = g.nonGoodsItem;
            hsCode = g.hsCode;
            nameCn = g.nameCn;
            nameEn = g.nameEn;
            description = g.description;
            packages = g.packages;
            quantity = g.quantity;
            additionalQuantities = g.additionalQuantities;
            grossWeight = g.grossWeight;
            netWeight = g.netWeight;
            weightUnit = g.weightUnit;
            unitPrice = g.unitPrice;
            invoiceValue = g.invoiceValue;
            fobValue = g.fobValue;
            invoiceNumber = g.invoiceNumber;
            originCriterion = g.originCriterion;
            originSubCriterion = g.originSubCriterion;
            originAuxiliary = g.originAuxiliary;
            importContentPercent = g.importContentPercent;
            originCountry = g.originCountry;
            taxRateFlag = g.taxRateFlag;
            producer = g.producer;
            marks = g.marks;
        }

        public Builder seq(int v) { seq = v; return this; }
        public Builder nonGoodsItem(boolean v) { nonGoodsItem = v; return this; }
        public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
        public Builder nameCn(@Nullable String v) { nameCn = v; return this; }
        public Builder nameEn(@Nullable String v) { nameEn = v; return this; }
        public Builder description(@Nullable String v) { description = v; return this; }
        public Builder packages(@Nullable Packages v) { packages = v; return this; }
        public Builder quantity(@Nullable Quantity v) { quantity = v; return this; }
        public Builder additionalQuantities(List<Quantity> v) { additionalQuantities = v; return this; }
        public Builder grossWeight(@Nullable BigDecimal v) { grossWeight = v; return this; }
        public Builder netWeight(@Nullable BigDecimal v) { netWeight = v; return this; }
        public Builder weightUnit(@Nullable String v) { weightUnit = v; return this; }
        public Builder unitPrice(@Nullable BigDecimal v) { unitPrice = v; return this; }
        public Builder invoiceValue(@Nullable BigDecimal v) { invoiceValue = v; return this; }
        public Builder fobValue(@Nullable BigDecimal v) { fobValue = v; return this; }
        public Builder invoiceNumber(@Nullable String v) { invoiceNumber = v; return this; }
        public Builder originCriterion(@Nullable String v) { originCriterion = v; return this; }
        public Builder originSubCriterion(@Nullable String v) { originSubCriterion = v; return this; }
        public Builder originAuxiliary(@Nullable String v) { originAuxiliary = v; return this; }
        public Builder importContentPercent(@Nullable BigDecimal v) { importContentPercent = v; return this; }
        public Builder originCountry(@Nullable String v) { originCountry = v; return this; }
        public Builder taxRateFlag(@Nullable Integer v) { taxRateFlag = v; return this; }
        public Builder producer(@Nullable GoodsProducer v) { producer = v; return this; }
        public Builder marks(@Nullable String v) { marks = v; return this; }

        public GoodsItem build() {
            return new GoodsItem(seq, nonGoodsItem, hsCode, nameCn, nameEn, description, packages, quantity,
                    additionalQuantities, grossWeight, netWeight, weightUnit, unitPrice, invoiceValue, fobValue,
                    invoiceNumber, originCriterion, originSubCriterion, originAuxiliary, importContentPercent,
                    originCountry, taxRateFlag, producer, marks);
        }
    }
}
