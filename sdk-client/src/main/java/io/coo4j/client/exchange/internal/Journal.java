package io.coo4j.client.exchange.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coo4j.client.CooClientException;
import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

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
    private final List<JournalEntry> entries;

    private Journal(Path file, FileChannel channel, FileLock lock, List<JournalEntry> entries) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.entries = entries;
    }

    /** Opens (creating) and locks the journal, and reads what it holds. */
    public static Journal open(Path file) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(ch, file);
            List<JournalEntry> entries = read(ch, file);
            return new Journal(file, ch, lock, entries);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot open the exchange journal " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /** What the journal held when opened, and everything appended since, in order. */
    public List<JournalEntry> entries() {
        return List.copyOf(entries);
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
            entries.add(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the exchange journal " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the exchange journal " + file, e);
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
    private static List<JournalEntry> read(FileChannel ch, Path file) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(ch.size()));
        for (long at = 0; all.hasRemaining(); ) {
            int n = ch.read(all, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        byte[] bytes = all.array();
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            ch.truncate(end);
            ch.force(false);
        }
        List<JournalEntry> out = new ArrayList<>();
        String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            try {
                out.add(JSON.readValue(lines[i], JournalEntry.class));
            } catch (IOException e) {
                throw new CooException("the exchange journal " + file + " is damaged at line " + (i + 1)
                        + ": " + e.getMessage() + "; restore it from a backup, do not delete it (it prevents duplicate"
                        + " declarations)", e);
            }
        }
        return out;
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
