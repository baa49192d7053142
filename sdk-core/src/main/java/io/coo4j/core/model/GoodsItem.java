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
 *
 * @param seq the line's sequence number (序号), from 1
 * @param nonGoodsItem whether the line is a non-goods item (非货物项) standing for a mixed consignment's remark
 * @param hsCode the HS code (商品编码) of the goods
 * @param nameCn the goods' Chinese name (中文品名)
 * @param nameEn the goods' English description (英文品名) as printed
 * @param description the goods description (商品描述)
 * @param packages the number and kind of packages (包装数量及种类)
 * @param quantity the quantity (数量) with its unit code
 * @param additionalQuantities further quantities in other units (第二、第三数量)
 * @param grossWeight the gross weight (毛重) in {@code weightUnit}
 * @param netWeight the net weight (净重) in {@code weightUnit}
 * @param weightUnit the unit code of the weights
 * @param unitPrice the unit price (单价) in the certificate's currency
 * @param invoiceValue the line's invoice value (发票金额) in the certificate's currency
 * @param fobValue the line's FOB value (FOB值)
 * @param invoiceNumber the number of the RCEP invoice this line belongs to (发票号)
 * @param originCriterion the origin criterion (原产地标准) the line claims, e.g. {@code WO}
 * @param originSubCriterion the sub-criterion of a China–ASEAN product-specific rule: RVC, CTC or PROCESS
 * @param originAuxiliary the criterion's auxiliary value, e.g. the heading {@code XX.XX} of GSP {@code W}
 * @param importContentPercent the share of imported content (进口成分比例) in percent
 * @param originCountry the goods' country of origin (原产国), ISO 3166-1 alpha-2
 * @param taxRateFlag the RCEP tariff-rate indicator (税率标识)
 * @param producer the producer of this line's goods (生产商)
 * @param marks the line's shipping marks (唛头)
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

    /** Copies the additional quantities; a {@code null} list reads as empty and a {@code null} element is refused. */
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

        /** The line's sequence number (序号), from 1. */
        public Builder seq(int v) { seq = v; return this; }
        /** Whether the line is a non-goods item (非货物项) standing for a mixed consignment's remark. */
        public Builder nonGoodsItem(boolean v) { nonGoodsItem = v; return this; }
        /** The HS code (商品编码). */
        public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
        /** The Chinese name (企业中文名称). */
        public Builder nameCn(@Nullable String v) { nameCn = v; return this; }
        /** The English name (企业英文名称). */
        public Builder nameEn(@Nullable String v) { nameEn = v; return this; }
        /** The goods description (商品描述). */
        public Builder description(@Nullable String v) { description = v; return this; }
        /** The number and kind of packages (包装数量及种类). */
        public Builder packages(@Nullable Packages v) { packages = v; return this; }
        /** The quantity (数量) with its unit code. */
        public Builder quantity(@Nullable Quantity v) { quantity = v; return this; }
        /** Further quantities in other units (第二、第三数量); {@code null} for none. */
        public Builder additionalQuantities(@Nullable List<Quantity> v) { additionalQuantities = v; return this; }
        /** The gross weight (毛重) in {@code weightUnit}. */
        public Builder grossWeight(@Nullable BigDecimal v) { grossWeight = v; return this; }
        /** The net weight (净重) in {@code weightUnit}. */
        public Builder netWeight(@Nullable BigDecimal v) { netWeight = v; return this; }
        /** The unit code of the weights. */
        public Builder weightUnit(@Nullable String v) { weightUnit = v; return this; }
        /** The unit price (单价) in the certificate's currency. */
        public Builder unitPrice(@Nullable BigDecimal v) { unitPrice = v; return this; }
        /** The line's invoice value (发票金额) in the certificate's currency. */
        public Builder invoiceValue(@Nullable BigDecimal v) { invoiceValue = v; return this; }
        /** The product's FOB value. */
        public Builder fobValue(@Nullable BigDecimal v) { fobValue = v; return this; }
        /** The number of the RCEP invoice this line belongs to (发票号). */
        public Builder invoiceNumber(@Nullable String v) { invoiceNumber = v; return this; }
        /** The origin criterion (原产地标准) the line claims, e.g. {@code WO}. */
        public Builder originCriterion(@Nullable String v) { originCriterion = v; return this; }
        /** The sub-criterion of a China–ASEAN product-specific rule: RVC, CTC or PROCESS. */
        public Builder originSubCriterion(@Nullable String v) { originSubCriterion = v; return this; }
        /** The criterion's auxiliary value, e.g. the heading {@code XX.XX} of GSP {@code W}. */
        public Builder originAuxiliary(@Nullable String v) { originAuxiliary = v; return this; }
        /** The share of imported content (进口成分比例) in percent. */
        public Builder importContentPercent(@Nullable BigDecimal v) { importContentPercent = v; return this; }
        /** The material's country of origin, ISO 3166-1 alpha-2. */
        public Builder originCountry(@Nullable String v) { originCountry = v; return this; }
        /** The RCEP tariff-rate indicator (税率标识). */
        public Builder taxRateFlag(@Nullable Integer v) { taxRateFlag = v; return this; }
        /** Whether it is a production enterprise (生产型企业), which may file product pre-reviews. */
        public Builder producer(@Nullable GoodsProducer v) { producer = v; return this; }
        /** The line's shipping marks (唛头). */
        public Builder marks(@Nullable String v) { marks = v; return this; }

        /** Builds the value from the fields set so far. */
        public GoodsItem build() {
            return new GoodsItem(seq, nonGoodsItem, hsCode, nameCn, nameEn, description, packages, quantity,
                    additionalQuantities, grossWeight, netWeight, weightUnit, unitPrice, invoiceValue, fobValue,
                    invoiceNumber, originCriterion, originSubCriterion, originAuxiliary, importContentPercent,
                    originCountry, taxRateFlag, producer, marks);
        }
    }
}
