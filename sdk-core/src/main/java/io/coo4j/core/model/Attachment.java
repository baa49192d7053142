package io.coo4j.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an attachment (随附单据, 001 ch.4): PDF only, each page ≤ 300 KB, the file ≤ 4 MB. The
 * content itself travels separately; {@code sha256} identifies it.
 *
 * @param id the service's key of the attachment
 * @param kind what document it is
 * @param fileName the PDF's file name
 * @param sizeBytes the file's size in bytes, at most 4 MB
 * @param pages the number of pages
 * @param sha256 the SHA-256 of the content, which identifies it
 * @param uploadedAt when it was uploaded
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
