package io.coo4j.print.attachment;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * What {@link AttachmentCheck} found: the file's size and pages, and every reason it cannot be attached.
 * Immutable.
 *
 * @since 0.1
 */
public record AttachmentReport(long sizeBytes, int pages, List<Finding> findings) {
    /** Copies the findings, refusing a {@code null} one. */
    public AttachmentReport {
        findings = InvalidInputException.requireList(findings, "attachment report", "findings");
    }

    /** Whether the file may be attached. */
    public boolean accepted() {
        return findings.isEmpty();
    }

    /**
     * Why an attachment is refused. {@code TOO_MANY_PAGES} and {@code TOO_EXPENSIVE} (a decompression bomb, a check
     * that ran out of time) are coo4j's own bounds on hostile files, not the Single Window's rules.
     */
    public enum Code { NOT_PDF, FILE_TOO_LARGE, PAGE_TOO_LARGE, ENCRYPTED, CORRUPT, TOO_MANY_PAGES, TOO_EXPENSIVE }

    /** One reason; {@code page} is 1-based, 0 for the whole file. */
    public record Finding(Code code, int page, String message) {
    }
}
