package io.coo4j.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only journal of one JSON document per line, in coo4j's strict JSON, for state that must outlive the
 * process (the file exchange's keys and receipts, the sandbox's changes). The file is locked while open, so two
 * processes never write one journal. Opening hands every line to the caller in order, one at a time; a line longer
 * than {@link #MAX_LINE_LENGTH} bytes is refused as soon as it is seen, so a file that is not a journal costs bounded
 * memory. A damaged line is an {@link InvalidInputException} naming the file and the line, and nothing is changed.
 * Lines are written whole, each ending with a newline; with {@code forceEachLine} each is on the disk before
 * {@link #append} returns, otherwise the journal survives the process but not a power cut. Not thread-safe: its owner
 * serialises appends.
 *
 * <p>A last line without its newline is either a write a crash cut short — it recorded a step that never completed —
 * or a file someone edited. Opening for writing tells them apart by the JSON: a line that ends inside a JSON value is
 * a cut-off write, and it is moved to a file beside the journal ({@code NAME.torn-MILLIS}, owner-only) with a warning
 * naming it, so that the next line starts on its own and no byte is lost; anything else (a whole value, text that is
 * not JSON) is refused like a damaged line. {@link #read} opens a journal for reading only and refuses any last line
 * without its newline.
 *
 * @param <T> the type of one line
 * @since 0.1
 */
public final class JsonLinesFile<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.core");
    private static final ObjectWriter LINE = CooJson.strict().mapper().writer();

    /** The longest line a journal holds, in bytes: the longest document coo4j reads. */
    public static final long MAX_LINE_LENGTH = CooJson.MAX_DOCUMENT_LENGTH;

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
     * first; a last line cut off by a crash is set aside (see {@link JsonLinesFile}). When reading or {@code replay}
     * fails, the file is closed again and the error passed on.
     *
     * @throws LockedException       when the journal is open elsewhere
     * @throws InvalidInputException naming the line that is not a {@code type} written by this class, is longer than
     *                               {@link #MAX_LINE_LENGTH} bytes, or is a last line without its newline that is not
     *                               a write cut short; the file is left as it is then
     * @throws FileAccessException   naming the file when it cannot be opened or read, or a cut-off line not set aside
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
            FileLock lock = lock(ch, file, false);
            Tail tail = lines(ch, file, type, replay);
            if (tail != null) {
                setAside(ch, file, tail);
            }
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
     * Hands each line of the journal {@code file} to {@code each} as a {@code type}, oldest first, without changing
     * the file: it is opened for reading only and held under a shared lock while it is read, so a process that has
     * the journal open for writing makes this a {@link LockedException}. A last line without its newline is refused
     * (a write cut off, which the journal's writer sets aside when it next opens the file, or an edited file).
     *
     * @throws LockedException       when the journal is open for writing elsewhere
     * @throws InvalidInputException naming the file and the line that is not a {@code type} written by this class, is
     *                               longer than {@link #MAX_LINE_LENGTH} bytes or lacks its newline
     * @throws FileAccessException   naming the file when it is missing or cannot be read
     */
    public static <T> void read(Path file, Class<T> type, Consumer<? super T> each) {
        InvalidInputException.requireArgument(file, "JsonLinesFile.read", "file");
        InvalidInputException.requireArgument(type, "JsonLinesFile.read", "type");
        InvalidInputException.requireArgument(each, "JsonLinesFile.read", "each");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            lock(ch, file, true); // released when the channel closes
            Tail tail = lines(ch, file, type, each);
            if (tail != null) {
                throw new InvalidInputException(file.toString(), "line " + tail.lineNumber(), "the last line has no"
                        + " newline at its end: a write cut off (the journal's writer sets it aside when it next opens"
                        + " the file) or an edited file; the file is left as it is");
            }
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot read the journal", e);
        }
    }

    /**
     * Appends {@code entry} as one line (forced to disk first when the journal was opened so).
     *
     * @throws InvalidInputException when {@code entry} is null, cannot be written as JSON or is longer than
     *                               {@link #MAX_LINE_LENGTH} bytes as JSON (a journal could not be read back)
     * @throws FileAccessException   naming the file when the line cannot be written
     */
    public void append(T entry) {
        InvalidInputException.requireArgument(entry, "JsonLinesFile.append", "entry");
        try {
            ByteBuffer line = ByteBuffer.wrap((LINE.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
            if (line.remaining() > MAX_LINE_LENGTH) {
                throw new InvalidInputException("JsonLinesFile.append", "entry", "a " + entry.getClass().getSimpleName()
                        + " of " + line.remaining() + " bytes as JSON is longer than the " + MAX_LINE_LENGTH
                        + " bytes a journal line holds");
            }
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

    private static FileLock lock(FileChannel ch, Path file, boolean shared) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new LockedException(file);
        }
        return lock;
    }

    /** What follows the last newline: the bytes of line {@code lineNumber}, which starts at {@code offset}. */
    private record Tail(int lineNumber, long offset, byte[] bytes) {
    }

    /** Hands every whole line to {@code replay}; the bytes after the last newline, if any, are the tail returned. */
    private static <T> @Nullable Tail lines(FileChannel ch, Path file, Class<T> type, Consumer<? super T> replay)
            throws IOException {
        long whole = 0;
        long at = 0;
        int lineNumber = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        InputStream in = new BufferedInputStream(Channels.newInputStream(ch.position(0)));
        for (int b = in.read(); b >= 0; b = in.read()) {
            at++;
            if (b != '\n') {
                if (line.size() >= MAX_LINE_LENGTH) {
                    throw new InvalidInputException(file.toString(), "line " + (lineNumber + 1), "longer than the "
                            + MAX_LINE_LENGTH + " bytes a journal line holds: not a journal coo4j wrote; the file is"
                            + " left as it is");
                }
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
        return line.size() == 0 ? null : new Tail(lineNumber + 1, whole, line.toByteArray());
    }

    /**
     * A tail that ends inside a JSON value is a write a crash cut short: its bytes go to a new file beside the journal
     * and are cut from it, so the next line starts on its own. Any other tail was not written by this class, and is
     * refused with the file left alone.
     */
    private static void setAside(FileChannel ch, Path file, Tail tail) throws IOException {
        if (!cutShort(tail.bytes())) {
            throw new InvalidInputException(file.toString(), "line " + tail.lineNumber(), "the last line has no newline"
                    + " at its end and is not a write cut short (it is a whole JSON value, or not JSON): coo4j ends"
                    + " every line it writes with one, so the file was edited or is not a journal; end the line with a"
                    + " newline to keep it, or restore the file from a backup; the file is left as it is");
        }
        Path aside = keep(file, tail.bytes());
        ch.truncate(tail.offset());
        ch.force(false);
        LOG.warn("journal {}: line {} was cut off while being written (the step it recorded never completed);"
                + " it is left out, and its {} bytes are kept in {}", file, tail.lineNumber(), tail.bytes().length, aside);
    }

    /** Whether {@code bytes} end inside a JSON value: what a write cut short leaves of a line. */
    private static boolean cutShort(byte[] bytes) {
        try (JsonParser p = CooJson.strict().mapper().getFactory().createParser(bytes)) {
            while (p.nextToken() != null) {
                // read to the end: only the end of the input inside a value tells a cut-off write
            }
            return false;
        } catch (JsonEOFException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code bytes} to a new owner-only file {@code NAME.torn-MILLIS} beside {@code file}, forced to disk. */
    private static Path keep(Path file, byte[] bytes) throws IOException {
        String base = file.getFileName() + ".torn-" + System.currentTimeMillis();
        for (int n = 0; ; n++) {
            Path aside = file.resolveSibling(n == 0 ? base : base + "-" + n);
            try (FileChannel out = FileChannel.open(aside, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), OwnerOnly.file(aside))) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(false);
                return aside;
            } catch (FileAlreadyExistsException e) {
                if (n == 99) {
                    throw e;
                }
            }
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
