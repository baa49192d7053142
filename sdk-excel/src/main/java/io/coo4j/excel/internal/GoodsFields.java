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
    /** The key of the column naming a goods catalogue entry: it picks a line, it is no field of one. */
    public static final String CATALOGUE_CODE = "catalogueCode";

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
            case CATALOGUE_CODE -> null; // a line does not keep the entry it was filled from
            default -> throw unknown(key);
        };
    }

    /**
     * A goods line from the converted values of one row. {@code values[i]} belongs to {@code columns[i]}; null is
     * an empty cell. Packages, quantity and producer exist when one of their cells is filled; packing counts as
     * regular unless the row says otherwise.
     */
    public static GoodsItem build(GoodsColumn[] columns, Object[] values, int seq) {
        return build(columns, values, seq, null);
    }

    /**
     * A goods line from {@code base} (a goods catalogue entry's line; null for none) with the row's filled cells
     * over it: a filled cell wins, an empty one keeps the base's value, part by part of packages, quantity and producer.
     */
    public static GoodsItem build(GoodsColumn[] columns, Object[] values, int seq, GoodsItem base) {
        GoodsItem.Builder b = (base == null ? GoodsItem.builder() : base.toBuilder()).seq(seq);
        Packages basePackages = base == null ? null : base.packages();
        Quantity baseQuantity = base == null ? null : base.quantity();
        GoodsProducer baseProducer = base == null ? null : base.producer();
        Long packageCount = basePackages == null ? null : basePackages.count();
        String packageUnit = basePackages == null ? null : basePackages.unit();
        Boolean regular = basePackages == null ? null : basePackages.regular();
        BigDecimal quantity = baseQuantity == null ? null : baseQuantity.value();
        String quantityUnit = baseQuantity == null ? null : baseQuantity.unit();
        String producerCode = baseProducer == null ? null : baseProducer.code();
        String producerName = baseProducer == null ? null : baseProducer.name();
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
                case CATALOGUE_CODE -> { } // the reader looked the entry up: it is the base
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
            GoodsProducer p = baseProducer;
            b.producer(p == null ? new GoodsProducer(producerCode, producerName, null, null, null, null, null, false)
                    : new GoodsProducer(producerCode, producerName, p.description(), p.contactName(), p.phone(), p.fax(),
                    p.email(), p.confidential()));
        }
        return b.build();
    }

    private static CooException unknown(String key) {
        return new CooException("goods-columns.json names a field the Excel binding does not know: " + key);
    }
}
