package io.coo4j.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an attachment (随附单据, 001 ch.4): PDF only, each page ≤ 300 KB, the file ≤ 4 MB. The
 * content itself travels separately; {@code sha256} identifies it.
 */
public record Attachment(
        @Nullable String id,
        @Nullable AttachmentKind kind,
        @Nullable String fileName,
        long sizeBytes,
        int pages,
        @Nullable String sha256,
        @Nullable Instant uploadedAt) {
}
