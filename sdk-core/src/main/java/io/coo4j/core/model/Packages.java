package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Number and kind of packages (包装件数及种类). {@code regular} is false for mixed, nude, bulk or
 * hanging packing (the message's PackType 2).
 */
public record Packages(@Nullable Long count, @Nullable String unit, boolean regular) {
}
