package io.coo4j.rules.numbering.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.io.FileAccessException;
import io.coo4j.core.io.OwnerOnly;
import io.coo4j.rules.numbering.SerialExhaustedException;
import io.coo4j.rules.numbering.SerialKey;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The engine of {@code FileSerialStore}: an append-only log of {@link SerialLogFormat} records, one per serial
 * handed out. The public class documents the guarantees; this one says how they are kept.
 *
 * <p><b>Allocation.</b> Under the shared lock (in-process mutex, then the file lock) the log catches up with what
 * other processes appended, checks the key's last serial, appends one record and releases the lock. Only then is
 * the file forced, and the serial is returned once a force that began after its record was written has finished.
 * Forcing outside the lock lets the fsyncs of several threads and processes overlap; inside one store, a thread
 * that finds its record already covered by another thread's force returns without forcing again (group commit).
 *
 * <p><b>Crash safety.</b> A record reaches the page cache before the lock is released, so a killed process leaves
 * it for the next reader (a gap if its serial was not yet returned). A crash of the machine can lose unforced
 * records, but never a returned serial; it can also tear the last record, which is why the last line is dropped
 * (and cut off) when it is incomplete or fails its checksum. Any other bad line is corruption and is reported with
 * its line number: resetting a counter would hand out numbers again.
 *
 * <p><b>Compaction.</b> When superseded records reach {@code compactAfter}, the holder of the lock writes one record
 * per key to a temporary file, forces it, bumps the generation in the lock file, renames the temporary file over
 * the log and forces the directory. The generation is bumped before the rename so that a process that dies between
 * the two only makes others reload the same file, never miss a new one. Others compare the generation under the
 * lock on every call and reopen the log when it changed.
 *
 * <p>Thread-safe. Fields marked "mutex" are guarded by the shared mutex, those marked "force" by {@link #forceLock};
 * {@link #data} is replaced only with both held.
 */
public final class FileSerialLog implements AutoCloseable {
    private static final byte[] HEADER_LINE = (SerialLogFormat.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final boolean WINDOWS = File.separatorChar == '\\';
    /** 256 MiB: a compacted log holds one 30-byte line per key, so anything near this is not a serial log. */
    private static final int MAX_READ = 256 << 20;

    /** The path the caller named, to check on every call that it still leads to {@link #file}. */
    private final Path named;
    /** The real path (links resolved): locks and names derive from it, so every alias shares one lock. */
    private final Path file;
    private final Path temp;
    private final Path directory;
    private final int compactAfter;
    private final SharedFileLock lock;
    private final ReentrantLock forceLock = new ReentrantLock();

    /** mutex + force to replace; either to read. */
    private FileChannel data;
    /** mutex: the identity ({@code fileKey}) of the file {@link #data} was opened on; null where unsupported. */
    private Object dataKey;
    /** mutex: the generation {@link #data} was opened at. */
    private long generation = -1;
    /** mutex: the byte offset after the last line read and accepted; the file's size once caught up. */
    private long validEnd;
    /** mutex: lines read, header included. */
    private int lines;
    /** mutex: records in the current file. */
    private int records;
    /** mutex: the last serial of each key. */
    private final Map<SerialKey, Integer> last = new HashMap<>();
    /** Set by close with mutex and force held; read under either. */
    private boolean closed;
    /** Count of records this object appended; written under mutex. */
    private volatile long written;
    /** The highest {@link #written} count known to be on disk. */
    private volatile long durable;

    private FileSerialLog(Path named, Path file, int compactAfter, SharedFileLock lock) {
        this.named = named;
        this.file = file;
        this.temp = file.resolveSibling(file.getFileName() + ".tmp");
        this.directory = file.getParent();
        this.compactAfter = compactAfter;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the log at {@code file}, whose directory must exist, and reads it. The lock is named
     * after the file's real path, so processes that reach one log through different symbolic links exclude each
     * other.
     *
     * @throws InvalidInputException when the directory is missing or the file is not a valid serial log
     */
    public static FileSerialLog open(Path file, int compactAfter) {
        Path absolute = file.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InvalidInputException(absolute.toString(), "",
                    "directory " + directory + " does not exist; create it first (a new directory is not durable"
                            + " until its parent is forced, which coo4j cannot promise for you)");
        }
        Path real = realFile(absolute);
        SharedFileLock lock;
        try {
            lock = SharedFileLock.acquire(real.resolveSibling(real.getFileName() + ".lock"));
        } catch (IOException e) {
            throw new FileAccessException(real.resolveSibling(real.getFileName() + ".lock"),
                    "cannot create or open the lock file", e);
        }
        FileSerialLog log = new FileSerialLog(absolute, real, compactAfter, lock);
        try {
            uninterrupted(() -> log.locked(() -> 0));
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        return log;
    }

    /**
     * The real path of the log, creating it (owner-only, empty: the first reader writes the header) when missing, so
     * that a link to a file that does not exist yet resolves too. Refuses what is not a regular file, and a file with
     * a second hard link: its names would get separate locks, and compaction (a rename) would split them.
     */
    private static Path realFile(Path absolute) {
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            } catch (NoSuchFileException missing) {
                // Created empty, through a link that points nowhere yet too; the header is written under the lock.
                FileChannel.open(absolute, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                        OwnerOnly.file(absolute)).close();
                attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            }
            // Checked before any open: opening a FIFO blocks until another process opens its other end.
            if (!attributes.isRegularFile()) {
                throw new InvalidInputException(absolute.toString(), "", "not a regular file, so not a serial log");
            }
            Path real = absolute.toRealPath();
            Object links = real.getFileSystem().supportedFileAttributeViews().contains("unix")
                    ? Files.getAttribute(real, "unix:nlink") : 1;
            if (links instanceof Integer n && n > 1) {
                throw new InvalidInputException(absolute.toString(), "", "has " + n + " hard links: processes using"
                        + " different names would not share a lock and could hand out a serial twice; keep one name"
                        + " (a symbolic link to it is fine)");
            }
            return real;
        } catch (IOException e) {
            throw new InvalidInputException(absolute.toString(), "", BoundedInput.describe(e), e);
        }
    }

    /** Allocates the next serial of {@code key}; see the class comment for the order of steps. */
    public int next(SerialKey key) {
        return uninterrupted(() -> {
            Allocation allocation = locked(() -> {
                int previous = last.getOrDefault(key, 0);
                if (previous >= NumberSyntax.MAX_SERIAL) {
                    throw new SerialExhaustedException(key);
                }
                if (records - last.size() >= compactAfter) {
                    compact();
                }
                append(key, previous + 1);
                return new Allocation(previous + 1, written);
            });
            awaitDurable(allocation.record());
            return allocation.serial();
        });
    }

    /** The last serial of {@code key} in the log, 0 when there is none. */
    public int last(SerialKey key) {
        return uninterrupted(() -> locked(() -> last.getOrDefault(key, 0)));
    }

    @Override
    public void close() {
        lock.mutex().lock();
        forceLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (data != null) {
                data.close();
            }
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot close", e);
        } finally {
            forceLock.unlock();
            lock.mutex().unlock();
        }
        try {
            lock.release();
        } catch (IOException e) {
            throw new FileAccessException(file.resolveSibling(file.getFileName() + ".lock"), "cannot close", e);
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    /** A serial and the count of this object's records up to and including the one that allocated it. */
    private record Allocation(int serial, long record) {
    }

    /**
     * Runs {@code action} with the thread's interrupt status cleared, and sets it again afterwards. A
     * {@code FileChannel} closes itself when its thread is interrupted during I/O, and closing the lock file's channel
     * would drop the JVM's file lock; the calls here are short, so the interrupt is left for the caller instead.
     */
    private static <T> T uninterrupted(Supplier<T> action) {
        boolean interrupted = Thread.interrupted();
        try {
            return action.get();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs {@code step} with the shared lock held and the log caught up; I/O errors become {@link CooException}s. */
    private <T> T locked(Step<T> step) {
        lock.mutex().lock();
        try {
            if (closed) {
                throw new CooException(file + ": the serial store is closed");
            }
            FileLock fileLock = lock.channel().lock();
            try {
                catchUp();
                return step.run();
            } finally {
                // If an interrupt closed the lock channel, the lock went with it.
                if (fileLock.isValid()) {
                    fileLock.release();
                }
            }
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot read or write the serial log", e);
        } finally {
            lock.mutex().unlock();
        }
    }

    /** Brings the in-memory counters up to what the file holds now. Mutex and file lock held. */
    private void catchUp() throws IOException {
        requireSameFile(true);
        long current = lock.generation();
        if (data == null || !data.isOpen() || current != generation) {
            reopen(current);
            return;
        }
        requireSameFile(false);
        long size = data.size();
        if (size < validEnd) {
            throw new InvalidInputException(file.toString(), "",
                    "the file shrank from " + validEnd + " to " + size + " bytes while in use: something other than"
                            + " coo4j changed it, so serials already handed out may be missing");
        }
        if (size > validEnd) {
            read(size);
        }
    }

    /**
     * Refuses to go on when the named path no longer leads to the log this object locks (a link re-pointed, a folder
     * moved) or, with {@code nameOnly} false, when the log is no longer the file {@link #data} reads (deleted or
     * replaced by something other than a compaction, which bumps the generation). Serials counted in one file and
     * written to another would repeat. Mutex and file lock held.
     */
    private void requireSameFile(boolean nameOnly) {
        String problem;
        try {
            if (!named.toRealPath().equals(file)) {
                problem = "now leads to " + named.toRealPath() + ", not to " + file + " which this store locked";
            } else if (nameOnly || dataKey == null
                    || dataKey.equals(Files.readAttributes(file, BasicFileAttributes.class).fileKey())) {
                return;
            } else {
                problem = "was replaced by another file while in use";
            }
        } catch (IOException e) {
            problem = "can no longer be read (" + BoundedInput.describe(e) + ")";
        }
        throw new InvalidInputException(named.toString(), "", problem + ": something other than coo4j moved or"
                + " changed the serial log, and serials could repeat, so this store refuses to go on; check the files"
                + " and open the store again");
    }

    /** Reads the whole file afresh into new counters. Mutex and file lock held. */
    private void reopen(long currentGeneration) throws IOException {
        forceLock.lock();
        try {
            // Until the file has been read to the end, the next call must start again from scratch.
            generation = -1;
            if (data != null) {
                data.close();
            }
            data = null;
            last.clear();
            validEnd = 0;
            lines = 0;
            records = 0;
            data = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnly.file(file));
            // Under the file lock nobody renames over the log, so this is the identity of the file just opened.
            dataKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            read(data.size());
            if (validEnd == 0) {
                writeFully(data, ByteBuffer.wrap(HEADER_LINE), 0);
                validEnd = HEADER_LINE.length;
                lines = 1;
                data.force(false);
                // A new file's name is durable only once its directory is forced.
                forceDirectory();
            } else {
                // Records this object wrote through the previous channel are in this same file or in a compacted
                // copy its writer forced before renaming it: after this force they are on disk either way.
                data.force(false);
            }
            durable = written;
            generation = currentGeneration;
        } finally {
            forceLock.unlock();
        }
    }

    /** Reads and checks the lines from {@link #validEnd} to {@code size}. Mutex and file lock held. */
    private void read(long size) throws IOException {
        long start = validEnd;
        long length = size - start;
        if (length > MAX_READ) {
            throw new InvalidInputException(file.toString(), "", "is " + size + " bytes: far larger than a serial log"
                    + " gets with compaction, so it is not one");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        while (buffer.hasRemaining()) {
            if (data.read(buffer, start + buffer.position()) < 0) {
                break;
            }
        }
        byte[] bytes = buffer.array();
        int end = buffer.position();
        int from = 0;
        while (from < end) {
            int newline = indexOf(bytes, (byte) '\n', from, end);
            boolean lastLine = newline < 0 || newline == end - 1;
            int lineEnd = newline < 0 ? end : newline;
            int lineNumber = lines + 1;
            if (lines == 0) {
                if (!header(bytes, from, lineEnd, newline >= 0)) {
                    throw new InvalidInputException(file.toString(), "line 1", "not a coo4j serial file: the first line"
                            + " must be \"" + SerialLogFormat.HEADER + "\"; the file was left as it is");
                }
                if (newline < 0) {
                    // A header cut short by a crash while the file was being created: start it again.
                    cutTornTail(start + from);
                    return;
                }
            } else {
                SerialLogFormat.Entry entry;
                try {
                    if (newline < 0) {
                        throw new IllegalArgumentException("the line has no line feed");
                    }
                    entry = SerialLogFormat.parse(bytes, from, lineEnd);
                } catch (IllegalArgumentException e) {
                    if (lastLine) {
                        // The one record a crash can tear; it was never forced, so its serial was never returned.
                        cutTornTail(start + from);
                        return;
                    }
                    throw new InvalidInputException(file.toString(), "line " + lineNumber, e.getMessage()
                            + "; only a damaged last line is dropped, so this file needs a person to look at it");
                }
                Integer previous = last.get(entry.key());
                if (previous != null && entry.serial() <= previous) {
                    throw new InvalidInputException(file.toString(), "line " + lineNumber, "serial " + entry.serial()
                            + " for " + entry.key() + " does not follow " + previous + " recorded before it: the"
                            + " file was written without its lock, and that serial may have been handed out twice");
                }
                last.put(entry.key(), entry.serial());
                records++;
            }
            lines++;
            validEnd = start + lineEnd + 1;
            from = lineEnd + 1;
        }
    }

    private static boolean header(byte[] bytes, int from, int to, boolean complete) {
        int n = to - from;
        int expected = HEADER_LINE.length - 1;
        if (complete ? n != expected : n > expected) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[from + i] != HEADER_LINE[i]) {
                return false;
            }
        }
        return true;
    }

    private void cutTornTail(long at) throws IOException {
        data.truncate(at);
        data.force(false);
    }

    /** Appends the record for {@code serial}. Mutex and file lock held; the file ends at {@link #validEnd}. */
    private void append(SerialKey key, int serial) throws IOException {
        byte[] record = SerialLogFormat.record(key, serial);
        long at = validEnd;
        try {
            writeFully(data, ByteBuffer.wrap(record), at);
        } catch (IOException e) {
            // Leave no half record behind for the next writer; if even that fails, the next reader drops it.
            try {
                if (data.isOpen()) {
                    data.truncate(at);
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        validEnd = at + record.length;
        lines++;
        records++;
        last.put(key, serial);
        written++;
    }

    /** Returns once record number {@code mine} is on disk: forced by this thread or by one that began after it. */
    private void awaitDurable(long mine) {
        if (durable >= mine) {
            return;
        }
        forceLock.lock();
        try {
            if (durable >= mine) {
                return;
            }
            // Every record counted in written has been written before the count was raised.
            long covered = written;
            if (closed) {
                throw new CooException(file + ": the serial store was closed during an allocation");
            }
            if (data == null) {
                throw new CooException(file + ": the log could not be reopened, so the serial was not forced to disk;"
                        + " it was not handed out and is skipped");
            }
            data.force(false);
            durable = covered;
        } catch (ClosedChannelException e) {
            throw new CooException(file + ": interrupted before the serial was forced to disk; it was not handed out"
                    + " and is skipped", e);
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot force the serial to disk; it was not handed out", e);
        } finally {
            forceLock.unlock();
        }
    }

    /** Rewrites the log as one record per key and puts it in place. Mutex and file lock held. */
    private void compact() throws IOException {
        List<Map.Entry<SerialKey, Integer>> entries = new ArrayList<>(last.entrySet());
        entries.sort(Map.Entry.comparingByKey(Comparator.comparing(SerialKey::enterpriseId)
                .thenComparing(SerialKey::type).thenComparingInt(SerialKey::year)));
        ByteBuffer content = ByteBuffer.allocate(HEADER_LINE.length + entries.size() * 32);
        content.put(HEADER_LINE);
        for (Map.Entry<SerialKey, Integer> e : entries) {
            content.put(SerialLogFormat.record(e.getKey(), e.getValue()));
        }
        content.flip();
        try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), OwnerOnly.file(temp))) {
            writeFully(out, content, 0);
            out.force(false);
        }
        long next = generation + 1;
        lock.setGeneration(next);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
        reopen(next);
    }

    private void forceDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; there the rename's durability is NTFS's metadata journal's.
            if (!WINDOWS) {
                throw e;
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
