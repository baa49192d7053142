package io.coo4j.client.internal;

import java.util.List;

/** One page of a list answer: its items and the token of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextPageToken) {
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
