package io.coo4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's optional persistence: every request that changed something, one JSON line each, in the order the
 * changes happened. Replaying the lines through the same routes rebuilds every desk — numbers, states, receipts,
 * idempotency keys — without each desk knowing how to save itself. Lines are written before the answer is sent, so a
 * torn last line (the process died while writing it) belongs to a request that was never answered: it is left out on
 * reading, with a warning, and the client's retry under its idempotency key does the work again. Written without
 * {@code fsync}: the journal survives the process, not the machine. Not thread-safe: the server appends under its lock.
 */
final class Journal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.testkit");
    /** One line per entry: the strict mapper without its pretty printer, made once. */
    private static final ObjectWriter LINES = Bodies.JSON.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    /** One changing request as it arrived: when, for whom, the raw call, and the random bytes it drew. */
    record Entry(Instant at, String principal, String key, String method, String path, String query, byte[] body,
                 List<byte[]> random) {
        Entry {
            random = random == null ? List.of() : List.copyOf(random);
        }
    }

    private final FileChannel out;
    private final List<Entry> entries;

    private Journal(FileChannel out, List<Entry> entries) {
        this.out = out;
        this.entries = entries;
    }

    /**
     * Opens {@code file} (created when missing) and reads what it holds; a torn last line is cut away so that new lines
     * follow the last whole one. A damaged line anywhere else means the file is not this sandbox's journal: an error
     * naming the line, and nothing is changed.
     */
    static Journal open(Path file) {
        List<Entry> entries = new ArrayList<>();
        long whole = Files.exists(file) ? read(file, entries) : 0;
        try {
            FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            out.truncate(whole);
            out.position(whole);
            return new Journal(out, List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox journal " + file + " cannot be opened for writing", e);
        }
    }

    /** What the journal held when it was opened, oldest first. */
    List<Entry> entries() {
        return entries;
    }

    /** Adds the file's whole lines to {@code entries}; returns their length in bytes. */
    private static long read(Path file, List<Entry> entries) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox journal " + file + " cannot be read", e);
        }
        int start = 0;
        int line = 1;
        while (start < all.length) {
            int end = start;
            while (end < all.length && all[end] != '\n') {
                end++;
            }
            if (end == all.length) {
                LOG.warn("sandbox journal {}: line {} was cut off while being written; its request was never answered"
                        + " and is left out", file, line);
                break;
            }
            byte[] json = new byte[end - start];
            System.arraycopy(all, start, json, 0, json.length);
            try {
                entries.add(Bodies.JSON.read(json, Entry.class, file + " line " + line));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(file.toString(), "line " + line,
                        "not a journal entry written by the sandbox (" + e.getMessage() + ")", e);
            }
            start = end + 1;
            line++;
        }
        return start;
    }

    void append(Entry entry) {
        try {
            byte[] json = LINES.writeValueAsString(entry).concat("\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(json);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sandbox cannot write its own journal entry", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox journal cannot be written", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("sandbox journal: closing failed", e);
        }
    }
}
