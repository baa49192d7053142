package io.coo4j.core.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The format of every reference-data file, coo4j's own and a user's replacement: what the table is, where its
 * facts come from, and its rows ({@code {"description": …, "source": …, "entries": [ … ]}}).
 *
 * @param <T> the row type
 * @param description what the table is
 * @param source where its facts come from
 * @param entries the rows
 * @since 0.1
 */
public record ReferenceFile<T>(@Nullable String description, @Nullable String source, List<T> entries) {
    /** Copies the entries; {@code null} reads as none. */
    public ReferenceFile {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
