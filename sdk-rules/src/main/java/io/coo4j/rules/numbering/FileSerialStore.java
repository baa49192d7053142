package io.coo4j.rules.numbering;

import io.coo4j.core.InvalidInputException;
import io.coo4j.rules.numbering.internal.FileSerialLog;
import java.nio.file.Path;

/**
 * The embedded {@link SerialStore}: serials (流水号) in one file on the local disk, shared safely by every thread and
 * every process of the machine that opens the same path. The default for a desktop tool or a single server
 * Source: 001 ch.4; docs/domain.md, "Certificate numbers".
 *
 * <p><b>Guarantees.</b> A serial is returned only after its record has been forced to disk ({@code fdatasync}).
 * A process killed at any instant, or a machine that loses power, never makes the store hand out a returned serial
 * again; the serial being allocated at that moment may be skipped (a gap). Processes exclude each other with an
 * operating-system file lock on {@code FILE.lock}, threads with an in-process lock taken first.
 *
 * <p><b>Files.</b> {@code FILE} is an append-only text log: a header line {@code coo4j-serials 1}, then one line per
 * serial handed out, {@code TYPE,YY,ENTERPRISE,SERIAL,CRC} — e.g. {@code E,19,456500999,0001,ec362b81} — with the
 * CRC-32C of the rest of the line in hex. On opening, a last line that is incomplete or fails its checksum is the
 * trace of a crash during a write and is cut off; any other damage is reported as an {@link InvalidInputException}
 * naming the file and the line, and the file is left as it is (resetting a counter would repeat numbers). When
 * superseded lines reach the compaction threshold, the log is rewritten as one line per key into {@code FILE.tmp},
 * forced, renamed over {@code FILE} and the directory forced. {@code FILE.lock} is never deleted and holds the
 * log's generation, which tells other processes that the log was rewritten. Keep all three on a local disk: network
 * file systems do not keep the locking and fsync promises this relies on.
 *
 * <p><b>Speed.</b> One {@code fdatasync} per serial; threads of one store share them (group commit). On the project's
 * 2-core test machine ({@code SerialStoreBenchmark}): about 5,000 serials/s from one thread, 10,000/s from eight.
 *
 * <p>Thread-safe. {@link #close()} once all allocations have returned.
 *
 * @since 0.1
 */
public final class FileSerialStore implements SerialStore {
    /** Superseded lines after which the log is compacted: about 300 KB. */
    public static final int DEFAULT_COMPACT_AFTER = 10_000;

    private final FileSerialLog log;

    private FileSerialStore(FileSerialLog log) {
        this.log = log;
    }

    /**
     * Opens the store in {@code file}, creating it (and {@code file.lock}) when missing.
     *
     * @param file the log; its directory must exist
     * @throws InvalidInputException when the directory does not exist or the file is not an undamaged serial log
     * @throws io.coo4j.core.io.FileAccessException naming the file when it cannot be read or written
     */
    public static FileSerialStore open(Path file) {
        return open(file, DEFAULT_COMPACT_AFTER);
    }

    /**
     * Opens the store with a compaction threshold of {@code compactAfter} superseded lines (at least 1); a small one
     * keeps the file short at the price of more rewrites.
     */
    public static FileSerialStore open(Path file, int compactAfter) {
        InvalidInputException.requireArgument(file, "FileSerialStore.open", "file");
        if (compactAfter < 1) {
            throw new InvalidInputException("FileSerialStore.open", "compactAfter", "must be at least 1, found " + compactAfter);
        }
        return new FileSerialStore(FileSerialLog.open(file, compactAfter));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Blocks while another process holds the file lock; an interrupt does not cut it short (it would close the
     * file channel) but stays set for the caller.
     */
    @Override
    public int next(SerialKey key) {
        return log.next(InvalidInputException.requireArgument(key, "FileSerialStore.next", "key"));
    }

    @Override
    public int last(SerialKey key) {
        return log.last(InvalidInputException.requireArgument(key, "FileSerialStore.last", "key"));
    }

    @Override
    public void close() {
        log.close();
    }
}
