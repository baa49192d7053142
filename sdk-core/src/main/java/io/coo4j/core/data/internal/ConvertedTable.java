package io.coo4j.core.data.internal;

import java.util.List;
import java.util.Map;

/**
 * A table converted from a publisher's file into the pack's CSV layout: its text, its data rows, the source row each
 * written line comes from (so that a problem found on loading names the source file and row), and notes on what the
 * conversion left out or flagged.
 *
 * @param csv     the file's bytes
 * @param rows    data records after the header
 * @param origins line of the CSV (1-based, where a record starts) to the row of the source it was written from
 * @param notes   what was left out or flagged, in words
 */
public record ConvertedTable(byte[] csv, int rows, Map<Integer, Origin> origins, List<String> notes) {
    public ConvertedTable {
        origins = Map.copyOf(origins);
        notes = List.copyOf(notes);
    }

    /** "1 row …" or "2 rows …": the start of a note counting rows. */
    static String rows(int n, String what) {
        return n + (n == 1 ? " row " : " rows ") + what;
    }

    /** A place in a source file: the file and where inside it ({@code [57]}, {@code sheet "Correlation", row 12}). */
    public record Origin(String source, String location) {
    }
}
