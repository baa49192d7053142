package io.coo4j.rules.internal;

import io.coo4j.core.validation.SourceGrade;

/** A row of {@code goods-limits.json}: the most goods lines a certificate of {@code type} carries, and its source. */
public record GoodsLimit(String type, int max, SourceGrade grade, String source) {
}
