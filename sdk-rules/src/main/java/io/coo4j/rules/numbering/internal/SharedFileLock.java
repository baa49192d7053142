package io.coo4j.rules.numbering.internal;

import io.coo4j.core.io.OwnerOnly;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive lock on a lock file, shared by every user of that file in this JVM: an in-process
 * {@link ReentrantLock} that threads take first, then the operating system's {@link FileLock}, which keeps other
 * processes out. Both are needed: a {@code FileLock} belongs to the whole JVM, so two threads cannot use it to
 * exclude each other (the second gets {@code OverlappingFileLockException}).
 *
 * <p>There is one channel per lock file per JVM, and it stays open while any user holds this object, because on
 * POSIX systems closing <em>any</em> descriptor of a file drops every lock the process holds on it (the JDK's
 * {@code FileLock} documentation warns about this). The first eight bytes of the lock file hold a generation number
 * that the serial log bumps when it replaces its data file, so that other processes notice the replacement.
 *
 * <p>Thread-safe; {@link #channel()}, {@link #generation()} and {@link #setGeneration} are called with
 * {@link #mutex()} held.
 */
public final class SharedFileLock {
    private static final Map<Path, SharedFileLock> OPEN = new HashMap<>();

    private final Path path;
    private final ReentrantLock mutex = new ReentrantLock();
    private FileChannel channel;
    private int users;

    private SharedFileLock(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** The shared lock for {@code lockFile}, creating the file if needed; {@link #release()} it when done. */
    public static SharedFileLock acquire(Path lockFile) throws IOException {
        synchronized (OPEN) {
            try {
                Files.createFile(lockFile, OwnerOnly.file(lockFile));
            } catch (FileAlreadyExistsException alreadyThere) {
                // The usual case. The file is never deleted: removing a lock file while others wait on it is a race.
            }
            // Probing with createFile opens nothing when the file exists, so no lock held here is dropped.
            Path real = lockFile.toRealPath();
            SharedFileLock lock = OPEN.get(real);
            if (lock == null) {
                lock = new SharedFileLock(real, open(real));
                OPEN.put(real, lock);
            }
            lock.users++;
            return lock;
        }
    }

    /** Gives up one use; the last one closes the channel. */
    public void release() throws IOException {
        synchronized (OPEN) {
            if (--users == 0) {
                OPEN.remove(path);
                mutex.lock();
                try {
                    channel.close();
                } finally {
                    mutex.unlock();
                }
            }
        }
    }

    /** The in-process lock, to be taken before the file lock. */
    public ReentrantLock mutex() {
        return mutex;
    }

    /**
     * The lock file's channel, reopened when an interrupt closed it (a {@code FileChannel} closes itself when the
     * thread using it is interrupted).
     */
    public FileChannel channel() throws IOException {
        if (!channel.isOpen()) {
            channel = open(path);
        }
        return channel;
    }

    /** The data file's generation, 0 before the first replacement. */
    public long generation() throws IOException {
        FileChannel c = channel();
        if (c.size() < Long.BYTES) {
            return 0;
        }
        ByteBuffer b = ByteBuffer.allocate(Long.BYTES);
        while (b.hasRemaining()) {
            if (c.read(b, b.position()) < 0) {
                return 0;
            }
        }
        return b.flip().getLong();
    }

    public void setGeneration(long generation) throws IOException {
        FileChannel c = channel();
        ByteBuffer b = ByteBuffer.allocate(Long.BYTES).putLong(generation).flip();
        while (b.hasRemaining()) {
            c.write(b, b.position());
        }
    }

    private static FileChannel open(Path path) throws IOException {
        return FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), OwnerOnly.file(path));
    }
}
