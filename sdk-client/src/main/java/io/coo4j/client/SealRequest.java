package io.coo4j.client;

import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import java.time.LocalDate;

/**
 * A new enterprise seal for self-print (印章制作, 003): either a standard seal (制式电子签章) the service draws from
 * {@code name}, {@code kind} and {@code shape} ({@code scan} {@code null}), or a real seal the service extracts from
 * a scan of it on white A4 ({@code scan}, JPEG or PNG, red or blue ink, at {@code scanDpi}, 600 recommended). The
 * service measures the seal and refuses one over its shape's limits (round Ø ≤ 45 mm, rectangle ≤ 55 × 40 mm, oval
 * ≤ 55 × 45 mm); the name is at most 25 characters, the remark 200. Immutable by convention: do not change the array.
 *
 * @param scanDpi the scan's resolution; required with a scan, {@code null} without
 * @since 0.1
 */
public record SealRequest(String name, SealKind kind, SealShape shape, String remark, LocalDate validFrom,
                          LocalDate validUntil, byte[] scan, Integer scanDpi) {

    /** A standard seal drawn by the service, valid over {@code validFrom}–{@code validUntil}. */
    public static SealRequest standard(String name, SealKind kind, SealShape shape, LocalDate validFrom,
                                       LocalDate validUntil) {
        return new SealRequest(name, kind, shape, null, validFrom, validUntil, null, null);
    }
}
