package io.coo4j.rules.numbering.internal;

/**
 * The character rules of a certificate number's parts (docs/domain.md), shared by the number, the serial key and
 * the file store's record reader so that all three accept exactly the same values. Each check returns the
 * problem in one sentence, or {@code null} when the value is right. Stateless and thread-safe.
 */
public final class NumberSyntax {
    /** The highest serial: four digits (001 ch.4: "4 位流水号"). */
    public static final int MAX_SERIAL = 9999;

    private static final int MAX_SHOWN = 40;

    private NumberSyntax() {
    }

    /** A certificate type code: one or two upper-case ASCII letters (the number's prefix). */
    public static String typeProblem(String type) {
        if (type == null) {
            return "type code is missing";
        }
        if (type.isEmpty() || type.length() > 2) {
            return "type code must be 1 or 2 upper-case letters, got \"" + shown(type) + "\"";
        }
        for (int i = 0; i < type.length(); i++) {
            if (!isUpper(type.charAt(i))) {
                return "type code must be 1 or 2 upper-case letters (A–Z), got \"" + shown(type) + "\"";
            }
        }
        return null;
    }

    /**
     * An enterprise id: nine digits or upper-case ASCII letters. A filing number is nine digits; characters
     * 9–17 of a credit code may hold letters; the manual's alternative, the subject id (主体标识码), has no
     * published alphabet, so every upper-case letter is accepted rather than only the credit code's 31 characters.
     */
    public static String enterpriseIdProblem(String id) {
        if (id == null) {
            return "enterprise id is missing";
        }
        if (id.length() != 9) {
            return "enterprise id must have 9 characters, got " + id.length() + " (\"" + shown(id) + "\")";
        }
        for (int i = 0; i < 9; i++) {
            if (!isDigit(id.charAt(i)) && !isUpper(id.charAt(i))) {
                return "enterprise id must be 9 digits or upper-case letters, got \"" + shown(id) + "\"";
            }
        }
        return null;
    }

    /** The two-digit year of a number, 0–99. */
    public static String yearProblem(int year) {
        return year >= 0 && year <= 99 ? null : "year must be 0–99 (the number's two digits), got " + year;
    }

    /** A serial, 1–9999: the store counts from 1 (001 ch.4 "从 1 开始自动计值") and has four digits. */
    public static String serialProblem(int serial) {
        return serial >= 1 && serial <= MAX_SERIAL ? null : "serial must be 1–9999, got " + serial;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Appends {@code value} as {@code width} digits with leading zeros; the value fits by contract. */
    public static StringBuilder appendPadded(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /**
     * User text fit for a message: at most 40 characters, control characters as {@code \\uXXXX}, the full
     * length added when cut, so that an error about a huge or binary input stays one readable line.
     */
    public static String shown(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int n = Math.min(s.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > MAX_SHOWN) {
            b.append("… (").append(s.length()).append(" characters)");
        }
        return b.toString();
    }
}
