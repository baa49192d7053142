package io.coo4j.excel.internal;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The sheets of an open workbook file (the goods sheet is the first), read row by row. Not thread-safe; close it when done. */
public interface SheetSource extends Closeable {
    /** The certificate type a coo4j template names on its lists sheet, if this file is one. */
    Optional<String> templateType();

    /** Hands each row of the first sheet to {@code rows}, in order; empty rows may be skipped. */
    void forEachRow(Consumer<RawRow> rows);

    /** The names of the sheets, in workbook order. */
    List<String> sheetNames();

    /**
     * Hands each row of the sheet named {@code sheet} to {@code rows}, in order; empty rows may be skipped.
     *
     * @throws io.coo4j.core.InvalidInputException when the workbook has no such sheet or it cannot be read
     */
    void forEachRow(String sheet, Consumer<RawRow> rows);

    @Override
    void close();
}
