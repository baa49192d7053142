package io.coo4j.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.FileAccessException;
import io.coo4j.core.io.OwnerOnly;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only journal of one JSON document per line, in coo4j's strict JSON, for state that must outlive the
 * process (the file exchange's keys and receipts, the sandbox's changes). The file is locked while open, so two
 * processes never write one journal. Opening hands every line to the caller in order, one at a time. A last line cut
 * short by a crash recorded a step that never completed: it is cut away with a warning so the next line starts on its
 * own. A damaged line anywhere else is an {@link InvalidInputException} naming the file and the line, and nothing is
 * changed. Lines are written whole; with {@code forceEachLine} each is on the disk before {@link #append} returns,
 * otherwise the journal survives the process but not a power cut. Not thread-safe: its owner serialises appends.
 *
 * @param <T> the type of one line
 * @since 0.1
 */
public final class JsonLinesFile<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.core");
    private static final ObjectWriter LINE = CooJson.strict().mapper().writer();

    /** The journal is open elsewhere: another process, or another instance in this one. */
    public static final class LockedException extends CooException {
        private static final long serialVersionUID = 1L;

        LockedException(Path file) {
            super("the journal " + file + " is locked: another process or instance has it open");
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean forceEachLine;
    private boolean closed;

    private JsonLinesFile(Path file, FileChannel channel, FileLock lock, boolean forceEachLine) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.forceEachLine = forceEachLine;
    }

    /**
     * Opens (creating) and locks {@code file}, and hands each line it holds to {@code replay} as a {@code type}, oldest
     * first. When reading or {@code replay} fails, the file is closed again and the error passed on.
     *
     * @throws LockedException       when the journal is open elsewhere
     * @throws InvalidInputException naming the line that is not a {@code type} written by this class
     * @throws FileAccessException   naming the file when it cannot be opened or read
     */
    public static <T> JsonLinesFile<T> open(Path file, Class<T> type, boolean forceEachLine, Consumer<? super T> replay) {
        InvalidInputException.requireArgument(file, "JsonLinesFile.open", "file");
        InvalidInputException.requireArgument(type, "JsonLinesFile.open", "type");
        InvalidInputException.requireArgument(replay, "JsonLinesFile.open", "replay");
        FileChannel ch = null;
        try {
            // Journals hold request bodies (resident ID numbers among them): owner-only when created.
            ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnly.file(file));
            FileLock lock = lock(ch, file);
            read(ch, file, type, replay);
            return new JsonLinesFile<>(file, ch, lock, forceEachLine);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new FileAccessException(file, "cannot open the journal", e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /**
     * Appends {@code entry} as one line (forced to disk first when the journal was opened so).
     *
     * @throws InvalidInputException when {@code entry} is null or cannot be written as JSON
     * @throws FileAccessException   naming the file when the line cannot be written
     */
    public void append(T entry) {
        InvalidInputException.requireArgument(entry, "JsonLinesFile.append", "entry");
        try {
            ByteBuffer line = ByteBuffer.wrap((LINE.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
            channel.position(channel.size());
            while (line.hasRemaining()) {
                channel.write(line);
            }
            if (forceEachLine) {
                channel.force(false);
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("JsonLinesFile.append", "entry", "a " + entry.getClass().getSimpleName()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot append to the journal", e);
        }
    }

    /**
     * Releases the lock and closes the file; the file is closed even when the release fails. Idempotent.
     *
     * @throws FileAccessException naming the file when the lock cannot be released or the file closed
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot release the lock of the journal", e);
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                throw new FileAccessException(file, "cannot close the journal", e);
            }
        }
    }

    private static FileLock lock(FileChannel ch, Path file) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new LockedException(file);
        }
        return lock;
    }

    /** Reads every whole line; truncates a torn last one so the next append starts on a line of its own. */
    private static <T> void read(FileChannel ch, Path file, Class<T> type, Consumer<? super T> replay) throws IOException {
        long whole = 0;
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
            whole = at;
            lineNumber++;
            if (line.size() > 0) {
                replay.accept(parse(line.toByteArray(), file, type, lineNumber));
            }
            line.reset();
        }
        if (whole < ch.size()) {
            LOG.warn("journal {}: line {} was cut off while being written (the step it recorded never completed);"
                    + " it is left out", file, lineNumber + 1);
            ch.truncate(whole);
            ch.force(false);
        }
    }

    private static <T> T parse(byte[] line, Path file, Class<T> type, int lineNumber) {
        try {
            T entry = CooJson.strict().read(line, type, file + " line " + lineNumber);
            if (entry == null) {
                throw new InvalidInputException(file + " line " + lineNumber, "", "null is not a journal entry");
            }
            return entry;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file.toString(), "line " + lineNumber, "not a journal line coo4j wrote ("
                    + e.getMessage() + "); restore the file from a backup rather than edit or delete it", e);
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
