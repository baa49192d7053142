package io.coo4j.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

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

    static Instant instant(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(name, "an ISO-8601 instant such as 2025-10-01T00:00:00Z, got " + v);
        }
    }

    static String required(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null || v.isBlank()) {
            throw ApiError.invalid(name, "required");
        }
        return v;
    }

    static LocalDate date(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(name, "an ISO-8601 date such as 2025-10-15, got " + v);
        }
    }

    /** A body field that must be there: {@code null} or a blank string is a 400 naming it. */
    static <T> T present(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ApiError.invalid(field, "required");
        }
        return value;
    }
}
