package io.coo4j.excel.internal;

/**
 * A cell as a file holds it, before conversion: its kind and its text ({@code NUMBER}: the number as written,
 * e.g. {@code 1.5E3}; {@code FORMULA}: the cached result, if any; {@code BOOLEAN}: {@code true}/{@code false}).
 */
public record RawCell(Type type, String text) {
    public enum Type { TEXT, NUMBER, BOOLEAN, FORMULA, ERROR }
}
