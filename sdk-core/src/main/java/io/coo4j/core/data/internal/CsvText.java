package io.coo4j.core.data.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as the pack's files are written: a field in double quotes only when it holds a comma, a quote or a line
 * break (quotes doubled), records ended by the given line end. It counts lines, so that an error a loader reports on a
 * line can be traced back to the source row that line was written from. Not thread-safe.
 */
public final class CsvText {
    private final StringBuilder text = new StringBuilder();
    private final String lineEnd;
    private int line = 1;
    private int records;

    /** @param lineEnd {@code "\n"}, or {@code "\r\n"} for the annexes (as the pack's annexes were first written) */
    public CsvText(String lineEnd) {
        this.lineEnd = lineEnd;
    }

    /** Appends a record; answers the line it starts on. */
    public int record(List<String> fields) {
        return record(fields, -1);
    }

    /** Appends a record with field {@code quoted} in quotes whatever it holds (a publisher's file name); answers its line. */
    public int record(List<String> fields, int quoted) {
        int start = line;
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String f = fields.get(i);
            if (i == quoted || needsQuotes(f)) {
                text.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                text.append(f);
            }
            line += (int) f.chars().filter(c -> c == '\n').count();
        }
        text.append(lineEnd);
        line++;
        records++;
        return start;
    }

    /** Records appended, the header included. */
    public int records() {
        return records;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean needsQuotes(String f) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
