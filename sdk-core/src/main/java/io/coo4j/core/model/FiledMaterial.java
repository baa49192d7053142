package io.coo4j.core.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One imported material or part of a filed good (原材料、零部件, 002 商品备案; 加工工序编辑: "以下请填写产品(每单位),
 * 加工所需的进口原材料的商品税则号及CIF单价信息"): its customs tariff heading of four digits (海关税则号(4位)) and its
 * CIF unit price in US dollars (CIF单价(USD)), per unit of the product. Immutable.
 *
 * @param tariffHeading   the heading, four digits, e.g. {@code 3926}
 * @param cifUnitPriceUsd the CIF price of the material per unit of the product, in US dollars
 * @since 0.1
 */
public record FiledMaterial(@Nullable String tariffHeading, @Nullable BigDecimal cifUnitPriceUsd) {
}
