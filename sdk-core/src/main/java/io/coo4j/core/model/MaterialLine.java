package io.coo4j.core.model;

import java.math.BigDecimal;

/**
 * One production detail of a product pre-review (产品生产明细, 001 ch.6): a material with its HS code,
 * origin, unit price, usage per unit of product, and the originating and non-originating value it
 * contributes (unit price × usage = originating + non-originating).
 */
public record MaterialLine(
        String name,
        String hsCode,
        String originCountry,
        BigDecimal unitPrice,
        BigDecimal usagePerUnit,
        BigDecimal originatingValue,
        BigDecimal nonOriginatingValue) {
}
