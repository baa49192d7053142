package io.coo4j.excel;

import io.coo4j.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A cell of an imported goods file that could not be taken: where it is, as Excel shows it ({@code row} 1 is the
 * first row, {@code column} a letter such as {@code C}), the column's header, and what is wrong in one sentence.
 * A problem of a whole column (an unknown header) has the header row's number.
 *
 * <p>Immutable.
 *
 * @param source  the file read, as the caller named it
 * @param row     the row as Excel numbers it, 1 for the first
 * @param column  the column's letters as Excel shows them, e.g. {@code C}
 * @param header  the column's header as the file writes it; null for a column without one
 * @param problem what is wrong, in one sentence
 * @since 0.1
 */
public record CellError(String source, int row, String column, @Nullable String header, String problem) {
    /** Refuses a missing source, column or problem: an error that cannot say where or what helps nobody. */
    public CellError {
        InvalidInputException.requireArgument(source, "CellError", "source");
        InvalidInputException.requireArgument(column, "CellError", "column");
        InvalidInputException.requireArgument(problem, "CellError", "problem");
    }

    /** {@code row 5, column C (HS编码 / HS code)}. */
    public String location() {
        String where = "row " + row + ", column " + column;
        return header == null || header.isBlank() ? where : where + " (" + header.replace("\n", " / ") + ")";
    }

    /** The file, the cell and the problem on one line, ready to show. */
    public String message() {
        return source + ": " + location() + ": " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
