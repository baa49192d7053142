package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Number and kind of packages (包装件数及种类). {@code regular} is false for mixed, nude, bulk or
 * hanging packing (the message's PackType 2).
 *
 * @param count the number of packages (包装件数)
 * @param unit the package kind's unit code (包装种类)
 * @param regular whether the packing is regular; false for mixed, nude, bulk or hanging packing
 */
public record Packages(@Nullable Long count, @Nullable String unit, boolean regular) {
}
