package io.coo4j.core.model;

import io.coo4j.core.lifecycle.PrintExceptionReason;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A print exception application (打印异常申请, 003) for a self-printed certificate; details for content faults.
 *
 * @param certificateNumber the self-printed certificate's number
 * @param reason a printer fault or a content fault
 * @param details what is wrong, for a content fault
 * @param reportedAt when the exception was reported
 */
public record PrintException(
        @Nullable String certificateNumber,
        @Nullable PrintExceptionReason reason,
        @Nullable String details,
        @Nullable Instant reportedAt) {
}
