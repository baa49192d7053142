package io.coo4j.core.validation;

import io.coo4j.core.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The field checks as plain functions, shared by the Jakarta constraints and coo4j's validators.
 * All are null-safe (null is not valid) and thread-safe.
 *
 * @since 0.1
 */
public final class Checks {
    /** The 31 characters of a unified social credit code (GB 32100-2015: no I, O, S, V, Z). */
    static final String CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_ID_CHECK = "10X98765432";

    private Checks() {
    }

    /** A CO filing number (产地证备案号): exactly 9 digits (001 ch.1; 003). */
    public static boolean isFilingNumber(@Nullable String s) {
        return s != null && s.length() == 9 && digits(s, 0, 9);
    }

    /**
     * An organization code (组织机构代码) in the form GB 11714-1997 §2.1 gives it: 9 digits or capital letters, eight
     * for the body and one check character, without the hyphen people write between them. The check character is not
     * verified: 003 委托人维护 shows 899777776 and 999999999, which do not satisfy it.
     */
    public static boolean isOrganizationCode(@Nullable String s) {
        if (s == null || s.length() != 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** 18 characters of the GB 32100-2015 character set (the check character is not verified). */
    public static boolean isCreditCodeFormat(@Nullable String s) {
        if (s == null || s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CREDIT_CODE_CHARSET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The check character of a unified social credit code from its first 17 characters (GB 32100-2015:
     * weights 3^(i−1) mod 31, check = 31 − Σ mod 31, 31 read as 0).
     *
     * @throws InvalidInputException when there are fewer than 17 characters or they are not of the code's character set
     */
    public static char creditCodeCheckCharacter(CharSequence first17) {
        if (InvalidInputException.requireArgument(first17, "Checks.creditCodeCheckCharacter", "first17").length() < 17) {
            throw new InvalidInputException("Checks.creditCodeCheckCharacter", "first17", "17 characters needed, found "
                    + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new InvalidInputException("Checks.creditCodeCheckCharacter", "first17", "not a credit-code character: "
                        + first17.charAt(i));
            }
            sum += v * CREDIT_CODE_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_CODE_CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** A unified social credit code (统一社会信用代码) whose check character is right. */
    public static boolean isCreditCode(@Nullable String s) {
        return isCreditCodeFormat(s) && creditCodeCheckCharacter(s) == s.charAt(17);
    }

    /** 17 digits and a digit or {@code X}, with a real birth date in characters 7–14. */
    public static boolean isResidentIdFormat(@Nullable String s) {
        if (s == null || s.length() != 18 || !digits(s, 0, 17)) {
            return false;
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * The GB 11643-1999 check digit of the first 17 digits (ISO 7064 MOD 11-2).
     *
     * @throws InvalidInputException when the first 17 characters are not digits
     */
    public static char residentIdCheckDigit(CharSequence first17) {
        if (InvalidInputException.requireArgument(first17, "Checks.residentIdCheckDigit", "first17").length() < 17
                || !digits(first17, 0, 17)) {
            throw new InvalidInputException("Checks.residentIdCheckDigit", "first17", "17 digits needed");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return RESIDENT_ID_CHECK.charAt(sum % 11);
    }

    /** A resident identity number (居民身份证号码) with the right check digit. */
    public static boolean isResidentId(@Nullable String s) {
        return isResidentIdFormat(s) && residentIdCheckDigit(s) == s.charAt(17);
    }

    /**
     * Printable English as the forms want it: ASCII from space to {@code ~}, and line breaks for multi-line
     * boxes.
     */
    public static boolean isPrintableEnglish(@Nullable String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c > 0x7e) && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first control character (C0 other than tab/line breaks, DEL, C1, line/paragraph
     * separators, or an unpaired surrogate), or −1 (also for null). Such characters corrupt printed forms and messages.
     */
    public static int firstControlCharacter(@Nullable String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\r' && c != '\t'
                    : c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A phone or fax: 1–20 digits and the symbols {@code + - ( ) space} (002), at least one digit. */
    public static boolean isPhone(@Nullable String s) {
        if (s == null || s.isEmpty() || s.length() > 20) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("+-() ".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** A plausible e-mail address: one {@code @}, a dot in the domain, no spaces, ≤ 254 characters. */
    public static boolean isEmail(@Nullable String s) {
        if (s == null || s.length() > 254 || s.indexOf(' ') >= 0) {
            return false;
        }
        int at = s.indexOf('@');
        return at > 0 && at == s.lastIndexOf('@') && s.indexOf('.', at + 2) > 0 && !s.endsWith(".");
    }

    /** Digits before the decimal point an amount may have (the customs message allows 19). */
    public static final int AMOUNT_INTEGER_DIGITS = 19;
    /** Digits after the decimal point an amount may have. */
    public static final int AMOUNT_FRACTION_DIGITS = 10;

    /**
     * Whether an amount is within {@value #AMOUNT_INTEGER_DIGITS} digits before and {@value #AMOUNT_FRACTION_DIGITS}
     * after the decimal point: a number such as {@code 1e999999999} is cheap to hold but a billion characters to print.
     */
    public static boolean isAmountInRange(java.math.@Nullable BigDecimal v) {
        return v != null && v.precision() - v.scale() <= AMOUNT_INTEGER_DIGITS && v.scale() <= AMOUNT_FRACTION_DIGITS;
    }

    /** An ISO 4217 currency code known to the JDK. */
    public static boolean isCurrency(@Nullable String s) {
        if (s == null || s.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean digits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
