package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of a list call, checked and written in one place for every area's query value: values by
 * their JSON form (enums by name, times ISO-8601), {@code null} left out, a range's ends in order and the page size
 * within the service's bounds — each refusal an {@link InvalidInputException} naming the query and the field, before
 * anything is sent. Not thread-safe: used while one query value is made.
 */
final class QueryParameters {
    /** docs/api.md: {@code pageSize} 1–200; 0 asks for the service's default. */
    static final int MAX_PAGE_SIZE = 200;

    private final String what;
    private final Map<String, String> values = new LinkedHashMap<>();

    /** {@code what} names the query in errors, e.g. {@code "certificate query"}. */
    QueryParameters(String what) {
        this.what = what;
    }

    /** Adds {@code name} unless {@code value} is {@code null}. */
    QueryParameters put(String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
        return this;
    }

    /** Adds a range {@code from}–{@code to}, either end open; {@code from} after {@code to} is refused naming it. */
    <T extends Comparable<? super T>> QueryParameters range(String fromName, T from, String toName, T to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new InvalidInputException(what, fromName, fromName + " " + from + " is after " + toName + " " + to);
        }
        return put(fromName, from).put(toName, to);
    }

    /**
     * Adds the states {@code values} comma-separated by name, in their declaration order; an empty set is refused
     * naming {@code name}, since it would match nothing.
     */
    <E extends Enum<E>> QueryParameters anyOf(String name, Set<E> values) {
        if (values.isEmpty()) {
            throw new InvalidInputException(what, name, "at least one state, got none");
        }
        return put(name, values.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    }

    /** Refuses {@code value} of {@code name} unless it matches {@code pattern}; {@code rule} says it in words. */
    QueryParameters matching(String name, String value, String pattern, String rule) {
        if (value != null && !value.matches(pattern)) {
            throw new InvalidInputException(what, name, rule + ", got '" + value + "'");
        }
        return put(name, value);
    }

    /** {@code size} when it is 0 (the service's default) or 1–200; else refused naming {@code pageSize}. */
    int pageSize(int size) {
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(what, "pageSize", "0 (the service's default) or 1 to " + MAX_PAGE_SIZE
                    + ", got " + size);
        }
        return size;
    }

    /** The parameters, in the order added. */
    Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }
}
