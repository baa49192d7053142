package io.coo4j.core.hs;

import io.coo4j.core.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An HS code as a certificate carries it (HS编码): 6, 8 or 10 digits (002) — the international
 * subheading, optionally followed by China's national extension. Values are digits only; {@link #parse}
 * also takes the dotted forms people write ({@code 8517.62}, {@code 8517.62.00}).
 *
 * @param digits 6, 8 or 10 digits; anything else is an {@link InvalidInputException}
 * @since 0.1
 */
public record HsCode(String digits) {
    /** Refuses digits that are not an HS code of 6, 8 or 10 digits. */
    public HsCode {
        if (!isValidFormat(digits)) {
            throw new InvalidInputException("HS code", "digits", "must be 6, 8 or 10 digits, found \"" + digits + "\"");
        }
    }

    /** Whether {@code s} is 6, 8 or 10 ASCII digits. */
    public static boolean isValidFormat(@Nullable String s) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        return (n == 6 || n == 8 || n == 10) && allDigits(s);
    }

    /** Parses digits, dropping the dots and spaces of the written forms; empty when it is no HS code. */
    public static Optional<HsCode> parse(@Nullable String s) {
        if (s == null) {
            return Optional.empty();
        }
        String d = s.replace(".", "").replace(" ", "");
        return isValidFormat(d) ? Optional.of(new HsCode(d)) : Optional.empty();
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The 2-digit chapter (章). */
    public String chapter() {
        return digits.substring(0, 2);
    }

    /** The 4-digit heading (品目). */
    public String heading() {
        return digits.substring(0, 4);
    }

    /** The 6-digit subheading (子目). */
    public String subheading() {
        return digits.substring(0, 6);
    }

    /** The prefix of the given level. */
    public String at(HsLevel level) {
        return digits.substring(0, level.digits());
    }

    /** The heading as {@code XX.XX}, the GSP {@code W} auxiliary (docs/domain.md). */
    public String headingDotted() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4);
    }

    /** Whether the code has China's national extension (8 or 10 digits). */
    public boolean hasNationalExtension() {
        return digits.length() > 6;
    }

    @Override
    public String toString() {
        return digits;
    }
}
