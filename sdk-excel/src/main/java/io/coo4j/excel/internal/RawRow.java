package io.coo4j.excel.internal;

/** One row of a sheet as a reader hands it over; valid only until the reader moves on. */
public interface RawRow {
    /** The row number as Excel shows it (1 for the first row). */
    int number();

    /** The cell in column {@code index} (0 for A), or null when it is absent or empty. */
    RawCell cell(int index);

    /** One past the last column that may hold a cell. */
    int width();
}
