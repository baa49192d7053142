package io.coo4j.core.model;

import java.time.Instant;

/**
 * Metadata of an attachment (随附单据, 001 ch.4): PDF only, each page ≤ 300 KB, the file ≤ 4 MB. The
 * content itself travels separately; {@code sha256} identifies it.
 */
public record Attachment(
        String id,
        AttachmentKind kind,
        String fileName,
        long sizeBytes,
        int pages,
        String sha256,
        Instant uploadedAt) {
}
