package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * How much of an annex coo4j read ({@code coo psr}): its rows, those read into rules, those skipped because the data
 * pack flags them as doubtful, the rows whose text could not be read (each with its reason; they never let a product
 * pass), and the rows read through a correction of a misprint (each with the note).
 *
 * @since 0.1
 */
public record PsrCoverage(String agreement, String hsVersion, int rows, int parsed, int skipped, List<Unparsed> unparsed,
                          List<Corrected> corrected) {
    /** Copies the lists, refusing a {@code null} element. */
    public PsrCoverage {
        unparsed = InvalidInputException.requireList(unparsed, "PSR coverage", "unparsed");
        corrected = InvalidInputException.requireList(corrected, "PSR coverage", "corrected");
    }

    /** A row whose text is not a rule coo4j can read. */
    public record Unparsed(String hsCode, String text, String reason) {
    }

    /** A row read through a correction. */
    public record Corrected(String hsCode, String text, String note) {
    }
}
