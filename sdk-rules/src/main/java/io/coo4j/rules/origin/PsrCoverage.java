package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * How much of an annex coo4j read ({@code coo psr}): its rows, those read into rules, those skipped because the data
 * pack flags them as doubtful, the rows whose text could not be read (each with its reason; they never let a product
 * pass), and the rows read through a correction of a misprint (each with the note).
 *
 * @param agreement the agreement's two-digit code
 * @param hsVersion the HS edition the annex is written in, e.g. {@code HS2012}
 * @param rows      every row of the annex, flagged ones included
 * @param parsed    the rows read into rules
 * @param skipped   the rows the data pack flags as doubtful, not read
 * @param unparsed  the rows whose text could not be read
 * @param corrected the rows read through a correction, one element per correction
 * @since 0.1
 */
public record PsrCoverage(String agreement, String hsVersion, int rows, int parsed, int skipped, List<Unparsed> unparsed,
                          List<Corrected> corrected) {
    /** Copies the lists, refusing a {@code null} element. */
    public PsrCoverage {
        InvalidInputException.requireArgument(agreement, "PSR coverage", "agreement");
        InvalidInputException.requireArgument(hsVersion, "PSR coverage", "hsVersion");
        unparsed = InvalidInputException.requireList(unparsed, "PSR coverage", "unparsed");
        corrected = InvalidInputException.requireList(corrected, "PSR coverage", "corrected");
    }

    /**
     * A row whose text is not a rule coo4j can read.
     *
     * @param hsCode the row's code, digits only
     * @param text   the annex's rule text
     * @param reason why coo4j cannot read it
     */
    public record Unparsed(String hsCode, String text, String reason) {
    }

    /**
     * A row read through a correction.
     *
     * @param hsCode the row's code, digits only
     * @param text   the annex's rule text, as printed
     * @param note   what was read differently, and why
     */
    public record Corrected(String hsCode, String text, String note) {
    }
}
