package io.coo4j.core.model;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.validation.constraints.HsCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goods filing with CCPIT (商品备案, 002): "申请优惠原产地证书前，需要先申报商品备案并提交贸促会机构审核". It holds the
 * manual's three parts — the filing data (备案资料: the preferential areas, 优惠区域, as certificate type codes such as
 * {@code E} or {@code N}; "对同一种商品，可一次申请多个优惠区域"), the goods (商品信息: HS code, English and Chinese names,
 * the processing description 工序说明, the manufacturer 生产厂商) and the imported materials and parts (原材料和零部件
 * 信息) — with the values of the processing-operations dialog (加工工序编辑: unit, 交货单价, 加工工序, per material its
 * 4-digit heading and CIF unit price, 从价百分比).
 *
 * <p>002 shows 工序说明 on the filing screen and 加工工序 in the dialog; both describe how the product is made, and coo4j
 * keeps them as one field, {@code processingOperations}. The 交货单价 is kept as {@code unitFobValue}, in US dollars
 * like the certificate's FOB value (FOB值(以美元计)); 002 names no currency for it. What each field must hold is
 * {@code GoodsFilingChecker}'s (sdk-rules). Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param regions              the preferential areas (优惠区域) as certificate type codes
 * @param hsCode               the goods' HS code (商品HS编码: "6、8、10位海关税则号")
 * @param nameEn               the English name (商品名称(英文))
 * @param nameCn               the Chinese name (商品名称(中文))
 * @param processingOperations how the product is made (工序说明 / 加工工序)
 * @param manufacturer         the manufacturer's Chinese name and address (生产厂商: "只做审批备注用，此信息并不会打印在证书中")
 * @param unit                 the unit the per-unit values refer to (单位), a unit code such as {@code PCS}
 * @param unitFobValue         the unit delivery price (交货单价), US dollars
 * @param materials            the imported materials and parts (原材料、零部件), per unit of the product
 * @param adValoremPercent     the materials' ad valorem share in percent (从价百分比: "例如: 17%" is {@code 17})
 * @since 0.1
 */
public record GoodsFiling(
        List<String> regions,
        @HsCode @Nullable String hsCode,
        @Nullable String nameEn,
        @Nullable String nameCn,
        @Nullable String processingOperations,
        @Nullable String manufacturer,
        @Nullable String unit,
        @Nullable BigDecimal unitFobValue,
        List<FiledMaterial> materials,
        @Nullable BigDecimal adValoremPercent) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public GoodsFiling(@Nullable List<String> regions, @HsCode @Nullable String hsCode, @Nullable String nameEn,
            @Nullable String nameCn, @Nullable String processingOperations, @Nullable String manufacturer,
            @Nullable String unit, @Nullable BigDecimal unitFobValue, @Nullable List<FiledMaterial> materials,
            @Nullable BigDecimal adValoremPercent) {
        // Not compact: the parameter may be null, the component never is.
        regions = Lists.copy(regions, "GoodsFiling", "regions");
        materials = Lists.copy(materials, "GoodsFiling", "materials");
        this.regions = regions;
        this.hsCode = hsCode;
        this.nameEn = nameEn;
        this.nameCn = nameCn;
        this.processingOperations = processingOperations;
        this.manufacturer = manufacturer;
        this.unit = unit;
        this.unitFobValue = unitFobValue;
        this.materials = materials;
        this.adValoremPercent = adValoremPercent;
    }

    /** A new builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this filing's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link GoodsFiling}; not thread-safe. */
    public static final class Builder {
        private List<String> regions = new ArrayList<>();
        private @Nullable String hsCode;
        private @Nullable String nameEn;
        private @Nullable String nameCn;
        private @Nullable String processingOperations;
        private @Nullable String manufacturer;
        private @Nullable String unit;
        private @Nullable BigDecimal unitFobValue;
        private List<FiledMaterial> materials = new ArrayList<>();
        private @Nullable BigDecimal adValoremPercent;

        private Builder() {
        }

        private Builder(GoodsFiling f) {
            regions = new ArrayList<>(f.regions());
            hsCode = f.hsCode();
            nameEn = f.nameEn();
            nameCn = f.nameCn();
            processingOperations = f.processingOperations();
            manufacturer = f.manufacturer();
            unit = f.unit();
            unitFobValue = f.unitFobValue();
            materials = new ArrayList<>(f.materials());
            adValoremPercent = f.adValoremPercent();
        }

        /** Replaces the preferential areas (certificate type codes); {@code null} for none. */
        public Builder regions(@Nullable List<String> value) {
            regions = value == null ? new ArrayList<>() : new ArrayList<>(value);
            return this;
        }

        /** Adds a preferential area (a certificate type code). */
        public Builder addRegion(String type) {
            regions.add(InvalidInputException.requireArgument(type, "GoodsFiling.Builder.addRegion", "type"));
            return this;
        }

        /** The goods' HS code (商品HS编码) of 6, 8 or 10 digits. */
        public Builder hsCode(@Nullable String value) {
            hsCode = value;
            return this;
        }

        /** The English name (商品名称(英文)). */
        public Builder nameEn(@Nullable String value) {
            nameEn = value;
            return this;
        }

        /** The Chinese name (商品名称(中文)). */
        public Builder nameCn(@Nullable String value) {
            nameCn = value;
            return this;
        }

        /** How the product is made (工序说明 / 加工工序). */
        public Builder processingOperations(@Nullable String value) {
            processingOperations = value;
            return this;
        }

        /** The manufacturer's Chinese name and address (生产厂商), not printed. */
        public Builder manufacturer(@Nullable String value) {
            manufacturer = value;
            return this;
        }

        /** The unit code the per-unit values refer to (单位). */
        public Builder unit(@Nullable String value) {
            unit = value;
            return this;
        }

        /** The unit delivery price (交货单价) in US dollars. */
        public Builder unitFobValue(@Nullable BigDecimal value) {
            unitFobValue = value;
            return this;
        }

        /** Replaces the materials; {@code null} for none. */
        public Builder materials(@Nullable List<FiledMaterial> value) {
            materials = value == null ? new ArrayList<>() : new ArrayList<>(value);
            return this;
        }

        /** Adds a material: its 4-digit heading and CIF unit price in US dollars, either {@code null} while not filled in. */
        public Builder addMaterial(@Nullable String tariffHeading, @Nullable BigDecimal cifUnitPriceUsd) {
            materials.add(new FiledMaterial(tariffHeading, cifUnitPriceUsd));
            return this;
        }

        /** The materials' ad valorem share in percent (从价百分比). */
        public Builder adValoremPercent(@Nullable BigDecimal value) {
            adValoremPercent = value;
            return this;
        }

        /** Builds the value from the fields set so far. */
        public GoodsFiling build() {
            return new GoodsFiling(regions, hsCode, nameEn, nameCn, processingOperations, manufacturer, unit,
                    unitFobValue, materials, adValoremPercent);
        }
    }
}
