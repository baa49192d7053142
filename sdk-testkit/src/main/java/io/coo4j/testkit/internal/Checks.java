package io.coo4j.testkit.internal;

import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Field checks the customs' forms make on what an enterprise types in: each failure is a {@code 400 INVALID_INPUT}
 * naming the field and the rule, never a silent fix.
 */
final class Checks {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Checks() {
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalid(field, "required");
        }
        return value;
    }

    static String text(String field, String value, int maxLength) {
        if (text(field, value).length() > maxLength) {
            throw ApiError.invalid(field, "at most " + maxLength + " characters");
        }
        return value;
    }

    /** Exactly {@code length} digits. */
    static String digits(String field, String value, int length) {
        if (text(field, value).length() != length || !DIGITS.matcher(value).matches()) {
            throw ApiError.invalid(field, "must be " + length + " digits, got '" + value + "'");
        }
        return value;
    }

    /** {@code value} matches {@code pattern} when given; {@code rule} says the rule in words. */
    static void optional(String field, String value, String pattern, String rule) {
        if (value != null && !value.matches(pattern)) {
            throw ApiError.invalid(field, rule + ", got '" + value + "'");
        }
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiError.invalid(field, "required");
        }
        return value;
    }

    /** Refuses with a 400 ({@link ApiError#invalid(List)}) when {@code report} holds an error; warnings pass. */
    static void valid(ValidationReport report) {
        valid(report, v -> true);
    }

    /** {@link #valid(ValidationReport)} counting only the errors that {@code applies} to the step at hand. */
    static void valid(ValidationReport report, Predicate<Violation> applies) {
        List<Violation> errors = report.violations().stream().filter(Violation::isError).filter(applies).toList();
        if (!errors.isEmpty()) {
            throw ApiError.invalid(errors);
        }
    }

    /** A field the customs side sets: the request must leave it out rather than have it silently ignored. */
    static void serverSet(String field, Object value) {
        if (value != null) {
            throw ApiError.invalid(field, "set by the service; leave it out");
        }
    }
}
