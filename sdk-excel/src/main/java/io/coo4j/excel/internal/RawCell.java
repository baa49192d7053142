package io.coo4j.excel.internal;

/**
 * A cell as a file holds it, before conversion: its kind and its text ({@code NUMBER}: the number as written,
 * e.g. {@code 1.5E3}; {@code FORMULA}: none, since a formula is refused whatever its cached result says; {@code BOOLEAN}: {@code true}/{@code false}).
 */
public record RawCell(Type type, String text) {
    public enum Type { TEXT, NUMBER, BOOLEAN, FORMULA, ERROR }
}
