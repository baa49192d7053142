package io.coo4j.rules.numbering;

import static io.coo4j.rules.numbering.internal.NumberSyntax.isDigit;
import static io.coo4j.rules.numbering.internal.NumberSyntax.isUpper;
import static io.coo4j.rules.numbering.internal.NumberSyntax.shown;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.validation.Checks;
import io.coo4j.rules.numbering.internal.NumberSyntax;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A certificate number (证书编号, 证书号): type code + two-digit year + nine-character enterprise id + four-digit
 * serial (流水号), 16 characters with a one-letter type code and 17 with a two-letter one — {@code E194565009990001},
 * {@code RC254565009990001}. The enterprise id is the nine-digit CO filing number (产地证备案号, 003: "证书代码+两位年份+
 * 企业备案号+企业流水号，共16位或17位") or characters 9–17 of the unified social credit code (统一社会信用代码) or the
 * subject id (001 ch.4: "证书类型+年份+统一社会信用代码 9-17 位或主体标识码+4 位流水号"). Source: docs/domain.md, "Certificate numbers".
 *
 * <p>A value of this type always follows the rule: the constructor and the factories refuse anything else with an
 * {@link InvalidInputException}. A number the user typed or edited may break the rule (001: "证书号生成后，仍可修改"),
 * so a validator should report a number that does not {@link #parse} as a warning, not an error.
 *
 * <p>{@code year} is the number's two digits (0–99), not a calendar year. Immutable and thread-safe.
 *
 * @param type         the certificate type code (docs/domain.md, "Codes"): one or two upper-case letters
 * @param year         the two-digit year, 0–99
 * @param enterpriseId nine digits or upper-case letters
 * @param serial       1–9999
 * @since 0.1
 */
public record CertificateNumber(String type, int year, String enterpriseId, int serial) {
    /** The highest serial a number can carry (four digits). */
    public static final int MAX_SERIAL = NumberSyntax.MAX_SERIAL;

    private static final String WHAT = "certificate number";

    /** Refuses a part that breaks the number syntax. */
    public CertificateNumber {
        require("type", NumberSyntax.typeProblem(type));
        require("year", NumberSyntax.yearProblem(year));
        require("enterpriseId", NumberSyntax.enterpriseIdProblem(enterpriseId));
        require("serial", NumberSyntax.serialProblem(serial));
    }

    /**
     * A number from its parts. {@code year} is either the two digits (0–99) or a four-digit calendar year
     * (1000–9999), of which the last two digits are kept: {@code of("E", 2019, "456500999", 1)} is
     * {@code E194565009990001}.
     *
     * @throws InvalidInputException naming the part that is wrong
     */
    public static CertificateNumber of(String type, int year, String enterpriseId, int serial) {
        return new CertificateNumber(type, twoDigitYear(year), enterpriseId, serial);
    }

    /**
     * The enterprise id inside a number, from an 18-character unified social credit code: its characters 9–17
     * (001 ch.4), e.g. {@code 456500999} from {@code 91440300456500999G}.
     *
     * @throws InvalidInputException when the code is not 18 characters of the GB 32100-2015 set or its check
     *                               character is wrong: a typo would otherwise end up in every number issued
     */
    public static String enterpriseIdFromCreditCode(String uscc) {
        InvalidInputException.requireArgument(uscc, "CertificateNumber.enterpriseIdFromCreditCode", "uscc");
        if (!Checks.isCreditCodeFormat(uscc)) {
            throw new InvalidInputException("unified social credit code \"" + shown(uscc) + "\"", "",
                    "must be 18 digits or upper-case letters other than I, O, S, V and Z (GB 32100-2015)");
        }
        if (!Checks.isCreditCode(uscc)) {
            throw new InvalidInputException("unified social credit code \"" + uscc + "\"", "character 18",
                    "check character is " + uscc.charAt(17) + ", the first 17 characters give "
                            + Checks.creditCodeCheckCharacter(uscc) + " (GB 32100-2015)");
        }
        return uscc.substring(8, 17);
    }

    /**
     * The enterprise id from a CO filing number (产地证备案号): the number itself, once checked to be nine digits.
     *
     * @throws InvalidInputException when it is not nine digits
     */
    public static String enterpriseIdFromFilingNumber(String filingNumber) {
        InvalidInputException.requireArgument(filingNumber, "CertificateNumber.enterpriseIdFromFilingNumber", "filingNumber");
        if (!Checks.isFilingNumber(filingNumber)) {
            throw new InvalidInputException("CO filing number \"" + shown(filingNumber) + "\"", "",
                    "must be 9 digits (产地证备案号)");
        }
        return filingNumber;
    }

    /**
     * Reads a number. The text must be exactly the number: no spaces, upper-case letters only.
     *
     * @throws InvalidInputException naming the text, the characters that are wrong and why; never an index error
     */
    public static CertificateNumber parse(String text) {
        InvalidInputException.requireArgument(text, "CertificateNumber.parse", "text");
        String problem = problemIn(text);
        if (problem != null) {
            throw new InvalidInputException(source(text), "", problem);
        }
        int t = text.length() - 15;
        return new CertificateNumber(text.substring(0, t), Integer.parseInt(text.substring(t, t + 2)),
                text.substring(t + 2, t + 11), Integer.parseInt(text.substring(t + 11)));
    }

    /** Whether {@link #parse} accepts {@code text}; {@code null} is not valid. */
    public static boolean isValid(@Nullable String text) {
        return problemIn(text) == null;
    }

    /**
     * Why {@code text} is not a number that follows the rule, in one sentence, or empty when it is one: what a
     * validator reports as a warning.
     */
    public static Optional<String> validate(@Nullable String text) {
        return Optional.ofNullable(problemIn(text));
    }

    /** The number as printed on the certificate, e.g. {@code E194565009990001}. */
    public String format() {
        StringBuilder b = new StringBuilder(17).append(type);
        NumberSyntax.appendPadded(b, year, 2).append(enterpriseId);
        return NumberSyntax.appendPadded(b, serial, 4).toString();
    }

    /** The counter this number's serial comes from. */
    public SerialKey key() {
        return new SerialKey(enterpriseId, type, year);
    }

    /** The same as {@link #format()}, so that a number logs and prints as itself. */
    @Override
    public String toString() {
        return format();
    }

    /** 0–99 as it is; a four-digit year reduced to its last two digits. */
    static int twoDigitYear(int year) {
        if (year >= 0 && year <= 99) {
            return year;
        }
        if (year >= 1000 && year <= 9999) {
            return year % 100;
        }
        throw new InvalidInputException(WHAT, "year",
                "must be the two digits (0–99) or a four-digit year (1000–9999), got " + year);
    }

    private static void require(String part, @Nullable String problem) {
        if (problem != null) {
            throw new InvalidInputException(WHAT, part, problem);
        }
    }

    private static String source(@Nullable String text) {
        return text == null ? WHAT : WHAT + " \"" + shown(text) + "\"";
    }

    /** The first thing wrong with {@code text}, positions 1-based as a user counts them, or null. */
    private static @Nullable String problemIn(@Nullable String text) {
        if (text == null) {
            return "missing (null)";
        }
        int n = text.length();
        if (n != 16 && n != 17) {
            return "has " + n + " characters; a number has 16 (one-letter type code) or 17 (two-letter type code):"
                    + " type code + 2-digit year + 9-character enterprise id + 4-digit serial";
        }
        int t = n - 15;
        for (int i = 0; i < t; i++) {
            if (!isUpper(text.charAt(i))) {
                return "type code: a " + n + "-character number starts with " + (t == 1 ? "one" : "two")
                        + " upper-case letter" + (t == 1 ? "" : "s") + ", character " + (i + 1) + " is '"
                        + shown(String.valueOf(text.charAt(i))) + "'";
            }
        }
        String p = run(text, t, 2, false, "year", "2 digits");
        if (p == null) {
            p = run(text, t + 2, 9, true, "enterprise id", "9 digits or upper-case letters");
        }
        if (p == null) {
            p = run(text, t + 11, 4, false, "serial", "4 digits");
        }
        if (p == null && text.endsWith("0000")) {
            p = "serial: 0000 is not a serial; serials count from 0001 (001 ch.4)";
        }
        return p;
    }

    private static @Nullable String run(String text, int from, int length, boolean letters, String part, String expected) {
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && !(letters && isUpper(c))) {
                return part + ": characters " + (from + 1) + "–" + (from + length) + " must be " + expected
                        + ", got \"" + shown(text.substring(from, from + length)) + "\"";
            }
        }
        return null;
    }
}
