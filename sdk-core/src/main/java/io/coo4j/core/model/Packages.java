package io.coo4j.core.model;

/**
 * Number and kind of packages (包装件数及种类). {@code regular} is false for mixed, nude, bulk or
 * hanging packing (the message's PackType 2).
 */
public record Packages(Long count, String unit, boolean regular) {
}
