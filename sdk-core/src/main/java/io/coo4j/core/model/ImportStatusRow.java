package io.coo4j.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The networked import status of a foreign proof of origin (000), asked by agreement code, origin country
 * and proof number together.
 *
 * @param agreement the two-digit agreement code
 * @param originCountry the country of origin, ISO 3166-1 alpha-2
 * @param proofNumber the proof of origin's number
 * @param status the proof's networked status
 * @param statusTime when the status was reached
 */
public record ImportStatusRow(
        @Nullable String agreement,
        @Nullable String originCountry,
        @Nullable String proofNumber,
        @Nullable String status,
        @Nullable Instant statusTime) {
}
