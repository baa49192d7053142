package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A strict RFC 4180 reader: comma-separated, fields optionally in double quotes with {@code ""} for a quote,
 * quoted fields may span lines, {@code \n} or {@code \r\n} line ends, a UTF-8 byte-order mark skipped.
 * Errors name the file, line and column. A record or field over the limits is an error, so garbage input
 * cannot make it hold unbounded memory. Not thread-safe.
 */
public final class CsvReader implements AutoCloseable {
    private static final int MAX_FIELD = 64 * 1024;
    private static final int MAX_FIELDS = 256;

    private final Reader in;
    private final String source;
    private int line = 1;
    private int column;
    private int recordLine;
    private int peeked = -2;
    private final char[] buffer = new char[8192];
    private int bufferAt;
    private int bufferEnd;
    private boolean first = true;

    public CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * Whether a pack holds {@code file}: a symbolic link counts even when it is dangling or a loop, so that loading
     * it reports the problem by name instead of taking the table as absent.
     */
    public static boolean present(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Reads a CSV file with {@code body}: refused when it is not a regular file (a FIFO would block, a device never
     * end), when more than {@code maxBytes} are read (a table of the pack is far smaller, so a huge file is garbage,
     * not a table), and when it is not UTF-8.
     */
    public static <T> T readFile(Path file, long maxBytes, Function<CsvReader, T> body) {
        return read(new BufferedInputStream(BoundedInput.openRegularFile(file, maxBytes, "a table of this kind")),
                file.toString(), body);
    }

    /** Reads CSV text already in memory with {@code body}, as {@link #readFile} reads a file; errors name {@code source}. */
    public static <T> T readBytes(byte[] bytes, String source, Function<CsvReader, T> body) {
        return read(new ByteArrayInputStream(bytes), source, body);
    }

    private static <T> T read(InputStream in, String source, Function<CsvReader, T> body) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CsvReader csv = new CsvReader(r, source)) {
            return body.apply(csv);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, "", "not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the first record and checks it is exactly {@code expected}. */
    public void header(List<String> expected) {
        List<String> header = next();
        if (header == null) {
            throw new InvalidInputException(source, "line 1", "empty file: expected the header " + String.join(",", expected));
        }
        if (!header.equals(expected)) {
            // Nothing of the line is quoted: a path that points elsewhere (a link to a secret) must not leak it.
            throw new InvalidInputException(source, "line 1", "expected the header " + String.join(",", expected)
                    + "; the first line is something else, so this is not that table");
        }
    }

    /**
     * The next data record with exactly {@code fields} fields, skipping blank lines; {@code null} at the end. A record
     * with another count (a truncated or shifted line) is an error naming its line.
     */
    public List<String> nextRecord(int fields) {
        List<String> row;
        do {
            row = next();
        } while (row != null && row.size() == 1 && row.get(0).isEmpty());
        if (row != null && row.size() != fields) {
            throw error(Math.min(row.size(), fields) - 1, "record", "expected " + fields + " fields, found " + row.size());
        }
        return row;
    }

    /** The line the last record returned started on (1-based). */
    public int recordLine() {
        return recordLine;
    }

    /** The next record, or {@code null} at the end of the input. */
    public List<String> next() {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                column = 0;
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw error("a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int n = peek();
                    if (n == '"') {
                        read();
                        append(field, '"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        newLine();
                    }
                    append(field, (char) c);
                }
            } else if (c == ',' ) {
                addField(fields, field);
                afterQuote = false;
            } else if (c == '\n' || c == -1 || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                addField(fields, field);
                if (c != -1) {
                    newLine();
                }
                return fields;
            } else if (afterQuote) {
                throw error("unexpected character after a closing quote");
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw error("a quote inside an unquoted field");
                }
                quoted = true;
            } else if (c == 0) {
                throw error("a NUL character: not a text file");
            } else {
                append(field, (char) c);
            }
            c = read();
        }
    }

    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_FIELDS) {
            throw error("more than " + MAX_FIELDS + " fields in one record");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, char c) {
        if (field.length() == MAX_FIELD) {
            throw error("a field longer than " + MAX_FIELD + " characters");
        }
        field.append(c);
    }

    private void newLine() {
        line++;
        column = 0;
    }

    private int peek() {
        if (peeked == -2) {
            peeked = nextChar();
        }
        return peeked;
    }

    /** The next character from a buffer of its own: a Reader's read() per character costs a lock and a call each. */
    private int nextChar() {
        if (bufferAt == bufferEnd) {
            try {
                bufferEnd = in.read(buffer, 0, buffer.length);
                bufferAt = 0;
                if (bufferEnd <= 0) {
                    bufferEnd = 0;
                    return -1;
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new InvalidInputException(source, "line " + line, "not UTF-8 text", e);
            } catch (IOException e) {
                throw new InvalidInputException(source, "line " + line, "cannot be read: " + e.getMessage(), e);
            }
        }
        return buffer[bufferAt++];
    }

    private int read() {
        int c = peek();
        peeked = -2;
        column++;
        return c;
    }

    /** An error at the current position. */
    public InvalidInputException error(String problem) {
        return new InvalidInputException(source, "line " + line + ", column " + column, problem);
    }

    /** An error about a field of the last record. */
    public InvalidInputException error(int fieldIndex, String fieldName, String problem) {
        return new InvalidInputException(source, "line " + recordLine + ", column " + (fieldIndex + 1) + " (" + fieldName + ")", problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
