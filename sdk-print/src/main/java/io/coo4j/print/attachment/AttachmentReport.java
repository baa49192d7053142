package io.coo4j.print.attachment;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * What {@link AttachmentCheck} found: the file's size and pages, and every reason it cannot be attached.
 * Immutable.
 *
 * @param sizeBytes the file's size in bytes (for a file over 4 MB, at least what was read of it)
 * @param pages     the number of pages; 0 when the file could not be read far enough to count them
 * @param findings  why the file cannot be attached; empty when it can
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
    public enum Code {
        /** The content is not a PDF, whatever the file's name: it does not start with {@code %PDF-}. */
        NOT_PDF,
        /** The file is over 4 MB, the Single Window's limit for an attachment (随附单据). */
        FILE_TOO_LARGE,
        /** A page is over 300 KB, the Single Window's limit per page. */
        PAGE_TOO_LARGE,
        /** The PDF is encrypted or password-protected. */
        ENCRYPTED,
        /** The PDF, or one of its pages, cannot be read, or it has no pages. */
        CORRUPT,
        /** The PDF has more pages than coo4j checks ({@link AttachmentCheck#MAX_PAGES}). */
        TOO_MANY_PAGES,
        /** Checking would cost too much: streams that inflate far beyond the file, or a check that ran out of time. */
        TOO_EXPENSIVE
    }

    /**
     * One reason the file cannot be attached.
     *
     * @param code    the kind of reason
     * @param page    the page it concerns, 1-based; 0 for the whole file
     * @param message the reason in words, with the figures (e.g. "page 3 is 412 KB; at most 300 KB per page")
     */
    public record Finding(Code code, int page, String message) {
        /** Refuses a missing code or message: a reason must say what kind it is and in words. */
        public Finding {
            InvalidInputException.requireArgument(code, "AttachmentReport.Finding", "code");
            InvalidInputException.requireArgument(message, "AttachmentReport.Finding", "message");
        }
    }
}
