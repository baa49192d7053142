package io.coo4j.excel.internal;

/**
 * Text that a spreadsheet would take for a formula (formula or CSV injection): it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, the characters OWASP lists, e.g. {@code =cmd|' /C calc'!A0}. The importer
 * refuses such text; the writers neutralise it with a leading apostrophe, which every spreadsheet shows as text.
 */
public final class FormulaText {
    private FormulaText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code text} safe to write into a cell: prefixed with an apostrophe when it looks like a formula. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
