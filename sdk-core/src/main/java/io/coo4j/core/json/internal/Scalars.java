package io.coo4j.core.json.internal;

import io.coo4j.core.validation.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The format's rules for dates, instants and amounts, shared by the record binder and the Jackson module so
 * both read the same values and word the same errors. Each method returns the value or throws
 * {@link IllegalArgumentException} whose message is the problem in the format's words.
 */
public final class Scalars {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Scalars() {
    }

    /** A {@code YYYY-MM-DD} date that exists: 2025-02-30 is as wrong as 30/02/2025. */
    public static LocalDate date(String text) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the one message for every wrong date
            }
        }
        throw new IllegalArgumentException("expected a date as YYYY-MM-DD, got \"" + JsonErrors.abbreviateText(text) + "\"");
    }

    /** An ISO-8601 instant such as {@code 2025-10-02T08:30:00Z}. */
    public static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an instant as ISO-8601 (2025-10-02T08:30:00Z), got \""
                    + JsonErrors.abbreviateText(text) + "\"");
        }
    }

    /** The problem of an amount out of range. */
    public static final String OUT_OF_RANGE = "number out of range: at most " + Checks.AMOUNT_INTEGER_DIGITS
            + " digits before and " + Checks.AMOUNT_FRACTION_DIGITS + " after the decimal point";

    /**
     * An amount within bounds, so that {@code 1e999999999} cannot become a billion-digit string when written
     * plain later.
     */
    public static BigDecimal amount(BigDecimal v) {
        if (!Checks.isAmountInRange(v)) {
            throw new IllegalArgumentException(OUT_OF_RANGE);
        }
        return v;
    }
}
