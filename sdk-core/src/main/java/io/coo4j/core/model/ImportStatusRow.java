package io.coo4j.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The networked import status of a foreign proof of origin (000), asked by agreement code, origin country
 * and proof number together.
 */
public record ImportStatusRow(
        @Nullable String agreement,
        @Nullable String originCountry,
        @Nullable String proofNumber,
        @Nullable String status,
        @Nullable Instant statusTime) {
}
