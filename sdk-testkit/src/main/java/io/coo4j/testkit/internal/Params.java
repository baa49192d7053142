package io.coo4j.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/** Query parameters read with errors that name the parameter. */
final class Params {
    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Map<String, String> query, String name, Class<E> type) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(name, "unknown value " + v);
        }
    }

    /** {@code true} or {@code false}, {@code null} when absent; anything else is a 400 naming the parameter. */
    static Boolean bool(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw ApiError.invalid(name, "true or false, got " + v);
        }
        return Boolean.valueOf(v);
    }

    static LocalDate date(Map<String, String> query, String name) {
        return parsed(query, name, LocalDate::parse, "an ISO-8601 date such as 2025-10-01");
    }

    static Instant instant(Map<String, String> query, String name) {
        return parsed(query, name, Instant::parse, "an ISO-8601 instant such as 2025-10-01T00:00:00Z");
    }

    /** The parameter read by {@code parser}, {@code null} when absent; unreadable, a 400 naming it and saying {@code what}. */
    private static <T> T parsed(Map<String, String> query, String name, Function<String, T> parser, String what) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(name, what + ", got " + v);
        }
    }

    static String required(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null || v.isBlank()) {
            throw ApiError.invalid(name, "required");
        }
        return v;
    }

    /** A body field that must be there: {@code null} or a blank string is a 400 naming it. */
    static <T> T present(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ApiError.invalid(field, "required");
        }
        return value;
    }
}
