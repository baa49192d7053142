package io.coo4j.core.model;

import java.time.Instant;

/**
 * The networked import status of a foreign proof of origin (000), asked by agreement code, origin country
 * and proof number together.
 */
public record ImportStatusRow(String agreement, String originCountry, String proofNumber, String status, Instant statusTime) {
}
