package io.coo4j.client.exchange.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coo4j.client.CooClientException;
import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The exchange's durable memory: one JSON line per event, each forced to disk before the step it records is taken,
 * so that a restart knows which keys were declared and which receipts applied. The file is locked while open: two
 * processes on the same folders would each believe they alone declare. A last line cut short by a crash is dropped
 * (it recorded nothing that happened); a damaged line elsewhere stops the opening, never silently skipped.
 * Not thread-safe: the exchange serialises its calls.
 */
public final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = CooJson.strict().mapper();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private Journal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (creating) and locks the journal, and hands each entry it holds to {@code replay}, in order, one line at a
     * time: the journal is not kept in memory. When {@code replay} throws, the journal is closed again.
     */
    public static Journal open(Path file, Consumer<JournalEntry> replay) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(ch, file);
            read(ch, file, replay);
            return new Journal(file, ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot open the exchange journal " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /** Appends {@code entry} and forces it to disk before returning. */
    public void append(JournalEntry entry) {
        try {
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
            channel.position(channel.size());
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the exchange journal " + file, e);
        }
    }

    /** Releases the lock and closes the file; the channel is closed even when the release fails. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of the exchange journal " + file, e);
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the exchange journal " + file, e);
            }
        }
    }

    private static FileLock tryLock(FileChannel ch, Path file) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new CooClientException("another file exchange uses these folders (its journal " + file
                    + " is locked); one exchange per OutBox", null, false);
        }
        return lock;
    }

    /** Reads every complete line; truncates a torn last one so the next append starts on a line of its own. */
    private static void read(FileChannel ch, Path file, Consumer<JournalEntry> replay) throws IOException {
        long end = 0;
        long at = 0;
        int lineNumber = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        InputStream in = new BufferedInputStream(Channels.newInputStream(ch.position(0)));
        for (int b = in.read(); b >= 0; b = in.read()) {
            at++;
            if (b != '\n') {
                line.write(b);
                continue;
            }
            end = at;
            lineNumber++;
            if (line.size() > 0) {
                replay.accept(parse(line.toString(StandardCharsets.UTF_8), file, lineNumber));
            }
            line.reset();
        }
        if (end < ch.size()) {
            ch.truncate(end);
            ch.force(false);
        }
    }

    private static JournalEntry parse(String line, Path file, int lineNumber) {
        try {
            return JSON.readValue(line, JournalEntry.class);
        } catch (IOException e) {
            throw new CooException("the exchange journal " + file + " is damaged at line " + lineNumber
                    + ": " + e.getMessage() + "; restore it from a backup, do not delete it (it prevents duplicate"
                    + " declarations)", e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing with the first error
            }
        }
    }
}
