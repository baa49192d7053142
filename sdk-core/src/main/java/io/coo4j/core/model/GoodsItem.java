package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
import io.coo4j.core.validation.constraints.HsCode;
import java.math.BigDecimal;
import java.util.List;

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
        @HsCode String hsCode,
        String nameCn,
        String nameEn,
        String description,
        Packages packages,
        Quantity quantity,
        List<Quantity> additionalQuantities,
        BigDecimal grossWeight,
        BigDecimal netWeight,
        String weightUnit,
        BigDecimal unitPrice,
        BigDecimal invoiceValue,
        BigDecimal fobValue,
        String invoiceNumber,
        String originCriterion,
        String originSubCriterion,
        String originAuxiliary,
        BigDecimal importContentPercent,
        @CountryCode String originCountry,
        Integer taxRateFlag,
        GoodsProducer producer,
        String marks) {

    public GoodsItem {
        additionalQuantities = Lists.copy(additionalQuantities);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link GoodsItem}; not thread-safe. */
    public static final class Builder {
        private int seq;
        private boolean nonGoodsItem;
        private String hsCode;
        private String nameCn;
        private String nameEn;
        private String description;
        private Packages packages;
        private Quantity quantity;
        private List<Quantity> additionalQuantities = List.of();
        private BigDecimal grossWeight;
        private BigDecimal netWeight;
        private String weightUnit;
        private BigDecimal unitPrice;
        private BigDecimal invoiceValue;
        private BigDecimal fobValue;
        private String invoiceNumber;
        private String originCriterion;
        private String originSubCriterion;
        private String originAuxiliary;
        private BigDecimal importContentPercent;
        private String originCountry;
        private Integer taxRateFlag;
        private GoodsProducer producer;
        private String marks;

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
        public Builder hsCode(String v) { hsCode = v; return this; }
        public Builder nameCn(String v) { nameCn = v; return this; }
        public Builder nameEn(String v) { nameEn = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder packages(Packages v) { packages = v; return this; }
        public Builder quantity(Quantity v) { quantity = v; return this; }
        public Builder additionalQuantities(List<Quantity> v) { additionalQuantities = v; return this; }
        public Builder grossWeight(BigDecimal v) { grossWeight = v; return this; }
        public Builder netWeight(BigDecimal v) { netWeight = v; return this; }
        public Builder weightUnit(String v) { weightUnit = v; return this; }
        public Builder unitPrice(BigDecimal v) { unitPrice = v; return this; }
        public Builder invoiceValue(BigDecimal v) { invoiceValue = v; return this; }
        public Builder fobValue(BigDecimal v) { fobValue = v; return this; }
        public Builder invoiceNumber(String v) { invoiceNumber = v; return this; }
        public Builder originCriterion(String v) { originCriterion = v; return this; }
        public Builder originSubCriterion(String v) { originSubCriterion = v; return this; }
        public Builder originAuxiliary(String v) { originAuxiliary = v; return this; }
        public Builder importContentPercent(BigDecimal v) { importContentPercent = v; return this; }
        public Builder originCountry(String v) { originCountry = v; return this; }
        public Builder taxRateFlag(Integer v) { taxRateFlag = v; return this; }
        public Builder producer(GoodsProducer v) { producer = v; return this; }
        public Builder marks(String v) { marks = v; return this; }

        public GoodsItem build() {
            return new GoodsItem(seq, nonGoodsItem, hsCode, nameCn, nameEn, description, packages, quantity,
                    additionalQuantities, grossWeight, netWeight, weightUnit, unitPrice, invoiceValue, fobValue,
                    invoiceNumber, originCriterion, originSubCriterion, originAuxiliary, importContentPercent,
                    originCountry, taxRateFlag, producer, marks);
        }
    }
}
