package io.coo4j.client.exchange.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing and moving files so that a reader of the folder never sees half of one, even when the process is killed
 * or the machine loses power: the bytes go to a temporary name, are forced to disk, and the file appears under its
 * real name by one atomic rename, itself forced by syncing the folder.
 */
public final class DurableFiles {
    /** What a file being written ends with: the import client takes {@code *.xml} only (inferred). */
    public static final String TEMPORARY_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    /** Writes {@code bytes} to {@code temporary} (replacing a stale one) and forces them to disk. */
    public static void writeTemporary(Path temporary, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    /**
     * Renames {@code from} to {@code to} atomically and syncs the folder. Refuses to replace an existing {@code to}:
     * an atomic move would overwrite it silently on POSIX systems.
     */
    public static void publish(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(to.getParent());
    }

    /** {@link #writeTemporary} then {@link #publish}: the file appears whole or not at all. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + TEMPORARY_SUFFIX);
        writeTemporary(temporary, bytes);
        publish(temporary, file);
    }

    /**
     * Moves {@code file} into {@code folder} under a name no other file there has: the name it had, prefixed with
     * {@code prefix} (a time, say) and, if that is taken too, a counter. Returns where it went. When the two folders
     * are on different file stores (a rename cannot cross them), the file is copied, forced to disk, and only then
     * deleted: a crash in between leaves it in both places, never in neither.
     */
    public static Path moveAside(Path file, Path folder, String prefix) throws IOException {
        String name = prefix + file.getFileName();
        Path target = folder.resolve(name);
        for (int i = 1; Files.exists(target); i++) {
            target = folder.resolve(i + "-" + name);
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            syncFolder(folder);
            Files.delete(file);
            syncFolder(file.toAbsolutePath().getParent());
            return target;
        }
        syncFolder(folder);
        return target;
    }

    /** Forces a folder's entries (renames, new files) to disk; a no-op where the file system cannot (Windows). */
    public static void syncFolder(Path folder) throws IOException {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }
}
