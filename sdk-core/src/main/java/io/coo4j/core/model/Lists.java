package io.coo4j.core.model;

import io.coo4j.core.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Copies a list for a value type: {@code null} reads as empty, and a {@code null} element is refused by name. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(@Nullable List<T> list, String type, String field) {
        return list == null ? List.of() : InvalidInputException.requireList(list, type, field);
    }
}
