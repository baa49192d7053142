package io.coo4j.core.model;

import java.util.List;

/** Copies a list for a value type: {@code null} reads as empty, and {@code null} elements are refused. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
