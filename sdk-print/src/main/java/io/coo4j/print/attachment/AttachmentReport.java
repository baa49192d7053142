package io.coo4j.print.attachment;

import java.util.List;

/**
 * What {@link AttachmentCheck} found: the file's size and pages, and every reason it cannot be attached.
 * Immutable.
 *
 * @since 0.1
 */
public record AttachmentReport(long sizeBytes, int pages, List<Finding> findings) {
    public AttachmentReport {
        findings = List.copyOf(findings);
    }

    /** Whether the file may be attached. */
    public boolean accepted() {
        return findings.isEmpty();
    }

    /** Why an attachment is refused. */
    public enum Code { NOT_PDF, FILE_TOO_LARGE, PAGE_TOO_LARGE, ENCRYPTED, CORRUPT }

    /** One reason; {@code page} is 1-based, 0 for the whole file. */
    public record Finding(Code code, int page, String message) {
    }
}
