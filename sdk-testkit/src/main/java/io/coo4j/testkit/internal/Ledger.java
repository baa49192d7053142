package io.coo4j.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One desk's records in memory, by key and in creation order, so that every desk finds, removes and pages its records
 * the same way ({@code 404 NOT_FOUND} naming the record, the paging of {@code docs/api.md}). Not thread-safe: the desk
 * that owns a ledger holds its own lock around every use, because its rules span more than one call.
 */
final class Ledger<V> {
    private record Slot<V>(long position, V value) {
    }

    private final String what;
    private final Map<String, Slot<V>> slots = new LinkedHashMap<>();
    private long created;

    /** {@code what} names a record in errors, e.g. {@code "agent"}. */
    Ledger(String what) {
        this.what = what;
    }

    /** Adds a record under a new key; a key already held is a {@code 409 CONFLICT}. */
    V add(String key, V value) {
        if (slots.containsKey(key)) {
            throw ApiError.conflict("CONFLICT", what + " " + key + " already exists");
        }
        slots.put(key, new Slot<>(++created, value));
        return value;
    }

    /** Adds or replaces the record under {@code key}; a replaced record keeps its place in the order. */
    V put(String key, V value) {
        Slot<V> old = slots.get(key);
        slots.put(key, new Slot<>(old == null ? ++created : old.position(), value));
        return value;
    }

    V find(String key) {
        Slot<V> s = key == null ? null : slots.get(key);
        if (s == null) {
            throw ApiError.notFound(what + " " + key);
        }
        return s.value();
    }

    boolean contains(String key) {
        return slots.containsKey(key);
    }

    void remove(String key) {
        slots.remove(key);
    }

    /** How many records the ledger holds. */
    int size() {
        return slots.size();
    }

    List<V> values() {
        return slots.values().stream().map(Slot::value).toList();
    }

    /** A page of the records passing {@code filter}, each shown as {@code view}. */
    <R> Map<String, Object> page(Predicate<V> filter, Function<V, R> view, Map<String, String> query) {
        return Paging.page(new ArrayList<>(slots.values()), Slot::position, s -> filter.test(s.value()),
                s -> view.apply(s.value()), query);
    }
}
