package io.coo4j.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What every list's filters share, read from a call's query: a wanted value compared exactly, a set of states, and a
 * range whose start after its end is a {@code 400} naming the start. Stateless.
 */
final class QueryFilters {
    private QueryFilters() {
    }

    /** A range read from the query: {@code from} included, {@code to} included for days and excluded for instants. */
    record Range<T extends Comparable<? super T>>(T from, T to, boolean toIncluded) {
        /** Whether neither end limits. */
        boolean open() {
            return from == null && to == null;
        }

        /** Whether {@code value} is within; an unknown value ({@code null}) only when the range is open. */
        boolean contains(T value) {
            if (value == null) {
                return open();
            }
            int end = to == null ? -1 : value.compareTo(to);
            return (from == null || value.compareTo(from) >= 0) && (toIncluded ? end <= 0 : end < 0);
        }
    }

    /** Instants from {@code fromName} (included) to {@code toName} (excluded). */
    static Range<Instant> instants(Map<String, String> query, String fromName, String toName) {
        return ordered(fromName, Params.instant(query, fromName), Params.instant(query, toName), false);
    }

    /** China days from {@code fromName} to {@code toName}, both included (the manuals' 起止日期). */
    static Range<LocalDate> days(Map<String, String> query, String fromName, String toName) {
        return ordered(fromName, Params.date(query, fromName), Params.date(query, toName), true);
    }

    /** Whether {@code value} is what is {@code wanted}; no wanted value ({@code null}) takes any. */
    static boolean is(Object wanted, Object value) {
        return wanted == null || wanted.equals(value);
    }

    /**
     * The states listed in {@code name}, comma-separated ({@code state=TO_VERIFY,RETURNED}); {@code absent} when the
     * parameter is missing. A name not of {@code type} is a {@code 400} naming the parameter.
     */
    static <E extends Enum<E>> Set<E> states(Map<String, String> query, String name, Class<E> type, Set<E> absent) {
        String value = query.get(name);
        if (value == null) {
            return absent;
        }
        Set<E> out = EnumSet.noneOf(type);
        for (String part : value.split(",", -1)) {
            out.add(Params.enumValue(Map.of(name, part), name, type));
        }
        return out;
    }

    private static <T extends Comparable<? super T>> Range<T> ordered(String fromName, T from, T to, boolean toIncluded) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw ApiError.invalid(fromName, fromName + " " + from + " is after the end of the range " + to);
        }
        return new Range<>(from, to, toIncluded);
    }
}
