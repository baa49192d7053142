package io.coo4j.core.reference.internal;

import java.util.List;

/** The wrapper every reference-data file has: what it is, where its facts come from, and its rows. */
public record ReferenceFile<T>(String description, String source, List<T> entries) {
    public ReferenceFile {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
