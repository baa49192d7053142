package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the rows of a spreadsheet workbook (电子表格), for {@link DataPackBuilder} to convert the tables publishers issue
 * as Excel files (UNSD's HS correlation workbooks, {@code .xlsx} and the older {@code .xls}). sdk-core reads no Excel
 * itself, so that it stays free of POI: sdk-excel provides the reader and registers it for {@link java.util.ServiceLoader},
 * so a builder finds it when sdk-excel is on the class path; {@link DataPackBuilder#workbookReader(WorkbookReader)}
 * names one explicitly.
 *
 * <p>A workbook is outside input: an implementation refuses a file that is not a workbook, is damaged, encrypted or a
 * zip bomb with an {@link io.coo4j.core.InvalidInputException} naming the file, and keeps memory bounded.
 *
 * @since 0.1
 */
public interface WorkbookReader {
    /**
     * Opens a workbook for reading.
     *
     * @throws io.coo4j.core.InvalidInputException naming the file when it cannot be read as a workbook
     */
    OpenWorkbook open(Path file);

    /** A workbook open for reading. Not thread-safe; close it when done. */
    interface OpenWorkbook extends AutoCloseable {
        /** The names of the sheets, in workbook order. */
        List<String> sheetNames();

        /**
         * Hands each row of the sheet named {@code sheet} to {@code rows}, in order; rows without any cell may be skipped.
         *
         * @throws io.coo4j.core.InvalidInputException naming the file, sheet, row and column of a cell that holds no
         *                                             value (a formula or an error), or when the sheet cannot be read
         */
        void forEachRow(String sheet, Consumer<SheetRow> rows);

        @Override
        void close();
    }

    /**
     * One row of a sheet: its number as Excel shows it (1 for the first row) and its cells from column A, each as text:
     * a text cell as written, a number in plain decimals ({@code 10121}, {@code 1.5}), a boolean as {@code TRUE} or
     * {@code FALSE}, an empty or absent cell as {@code ""}.
     *
     * @param number the row number, 1-based
     * @param cells  the cells' text from column A
     */
    record SheetRow(int number, List<String> cells) {
        /** Refuses a {@code null} list or cell (an empty cell is {@code ""}) and copies the cells. */
        public SheetRow {
            cells = InvalidInputException.requireList(cells, "WorkbookReader.SheetRow", "cells");
        }

        /** The text of column {@code index} (0 for A), {@code ""} past the last cell. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
