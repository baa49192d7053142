package io.coo4j.print;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * A rendered PDF: its bytes, its page count, and warnings that did not stop it (more than 10 pages: overlay
 * printing is advised, docs/domain.md). Immutable by convention: do not change the array {@link #pdf()} returns.
 *
 * @param pdf      the PDF document
 * @param pages    its number of pages
 * @param warnings what did not stop rendering but the user should know, in words; empty for none
 * @since 0.1
 */
public record Rendered(byte[] pdf, int pages, List<String> warnings) {
    /** Refuses a missing PDF; copies the warnings, refusing a {@code null} one. */
    public Rendered {
        InvalidInputException.requireArgument(pdf, "rendered document", "pdf");
        warnings = InvalidInputException.requireList(warnings, "rendered document", "warnings");
    }
}
