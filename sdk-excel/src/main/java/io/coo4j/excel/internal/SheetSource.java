package io.coo4j.excel.internal;

import java.io.Closeable;
import java.util.Optional;
import java.util.function.Consumer;

/** The goods sheet of an open workbook file, read row by row. Not thread-safe; close it when done. */
public interface SheetSource extends Closeable {
    /** The certificate type a coo4j template names on its lists sheet, if this file is one. */
    Optional<String> templateType();

    /** Hands each row of the first sheet to {@code rows}, in order; empty rows may be skipped. */
    void forEachRow(Consumer<RawRow> rows);

    @Override
    void close();
}
