package io.coo4j.excel.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.GoodsProducer;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Quantity;
import java.math.BigDecimal;

/**
 * Binds the template's columns to the fields of a goods line, both ways, by the column's key (the field's JSON
 * path). The keys are the contract between {@code goods-columns.json} and the model; a key the binding does not
 * know fails at first use, so a table edit cannot silently drop a field.
 */
public final class GoodsFields {
    private GoodsFields() {
    }

    /** The value of column {@code key} in {@code g}: a String, BigDecimal, Long, Integer or Boolean, or null. */
    public static Object get(GoodsItem g, String key) {
        Packages p = g.packages();
        Quantity q = g.quantity();
        GoodsProducer producer = g.producer();
        return switch (key) {
            case "nonGoodsItem" -> g.nonGoodsItem();
            case "hsCode" -> g.hsCode();
            case "nameCn" -> g.nameCn();
            case "nameEn" -> g.nameEn();
            case "description" -> g.description();
            case "packages.count" -> p == null ? null : p.count();
            case "packages.unit" -> p == null ? null : p.unit();
            case "packages.regular" -> p == null ? null : p.regular();
            case "quantity.value" -> q == null ? null : q.value();
            case "quantity.unit" -> q == null ? null : q.unit();
            case "grossWeight" -> g.grossWeight();
            case "netWeight" -> g.netWeight();
            case "weightUnit" -> g.weightUnit();
            case "unitPrice" -> g.unitPrice();
            case "invoiceValue" -> g.invoiceValue();
            case "fobValue" -> g.fobValue();
            case "invoiceNumber" -> g.invoiceNumber();
            case "originCriterion" -> g.originCriterion();
            case "originSubCriterion" -> g.originSubCriterion();
            case "originAuxiliary" -> g.originAuxiliary();
            case "importContentPercent" -> g.importContentPercent();
            case "taxRateFlag" -> g.taxRateFlag();
            case "originCountry" -> g.originCountry();
            case "producer.code" -> producer == null ? null : producer.code();
            case "producer.name" -> producer == null ? null : producer.name();
            case "marks" -> g.marks();
            default -> throw unknown(key);
        };
    }

    /**
     * A goods line from the converted values of one row. {@code values[i]} belongs to {@code columns[i]}; null is
     * an empty cell. Packages, quantity and producer exist when one of their cells is filled; packing counts as
     * regular unless the row says otherwise.
     */
    public static GoodsItem build(GoodsColumn[] columns, Object[] values, int seq) {
        GoodsItem.Builder b = GoodsItem.builder().seq(seq);
        Long packageCount = null;
        String packageUnit = null;
        Boolean regular = null;
        BigDecimal quantity = null;
        String quantityUnit = null;
        String producerCode = null;
        String producerName = null;
        for (int i = 0; i < columns.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            switch (columns[i].key()) {
                case "nonGoodsItem" -> b.nonGoodsItem((Boolean) v);
                case "hsCode" -> b.hsCode((String) v);
                case "nameCn" -> b.nameCn((String) v);
                case "nameEn" -> b.nameEn((String) v);
                case "description" -> b.description((String) v);
                case "packages.count" -> packageCount = (Long) v;
                case "packages.unit" -> packageUnit = (String) v;
                case "packages.regular" -> regular = (Boolean) v;
                case "quantity.value" -> quantity = (BigDecimal) v;
                case "quantity.unit" -> quantityUnit = (String) v;
                case "grossWeight" -> b.grossWeight((BigDecimal) v);
                case "netWeight" -> b.netWeight((BigDecimal) v);
                case "weightUnit" -> b.weightUnit((String) v);
                case "unitPrice" -> b.unitPrice((BigDecimal) v);
                case "invoiceValue" -> b.invoiceValue((BigDecimal) v);
                case "fobValue" -> b.fobValue((BigDecimal) v);
                case "invoiceNumber" -> b.invoiceNumber((String) v);
                case "originCriterion" -> b.originCriterion((String) v);
                case "originSubCriterion" -> b.originSubCriterion((String) v);
                case "originAuxiliary" -> b.originAuxiliary((String) v);
                case "importContentPercent" -> b.importContentPercent((BigDecimal) v);
                case "taxRateFlag" -> b.taxRateFlag((Integer) v);
                case "originCountry" -> b.originCountry((String) v);
                case "producer.code" -> producerCode = (String) v;
                case "producer.name" -> producerName = (String) v;
                case "marks" -> b.marks((String) v);
                default -> throw unknown(columns[i].key());
            }
        }
        if (packageCount != null || packageUnit != null || regular != null) {
            b.packages(new Packages(packageCount, packageUnit, regular == null || regular));
        }
        if (quantity != null || quantityUnit != null) {
            b.quantity(new Quantity(quantity, quantityUnit));
        }
        if (producerCode != null || producerName != null) {
            b.producer(new GoodsProducer(producerCode, producerName, null, null, null, null, null, false));
        }
        return b.build();
    }

    private static CooException unknown(String key) {
        return new CooException("goods-columns.json names a field the Excel binding does not know: " + key);
    }
}
