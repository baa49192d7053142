package io.coo4j.core.io;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Permissions for the files coo4j keeps at rest (serial logs, the sandbox's journal, the file exchange's ledger):
 * they hold certificate numbers, declarations and resident ID numbers, so a file coo4j creates is readable and
 * writable by its owner only ({@code 0600}) and a folder it creates is {@code 0700}, on file systems with POSIX
 * permissions. Elsewhere (Windows, FAT) the platform's default applies. Files and folders that already exist keep
 * the permissions their owner gave them: changing them behind the owner's back would be a surprise.
 *
 * <p>Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class OwnerOnly {
    private static final FileAttribute<?>[] FILE = {PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"))};
    private static final FileAttribute<?>[] FOLDER = {PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------"))};
    private static final FileAttribute<?>[] NONE = {};

    private OwnerOnly() {
    }

    /**
     * The attributes to pass to {@code FileChannel.open} or {@code Files.createFile} for a new file in
     * {@code folder}: owner read and write where its file system has POSIX permissions, none elsewhere. They apply
     * only when the call creates the file.
     */
    public static FileAttribute<?>[] file(Path folder) {
        InvalidInputException.requireArgument(folder, "OwnerOnly.file", "folder");
        return posix(folder) ? FILE.clone() : NONE;
    }

    /**
     * Creates {@code folder} and its missing parents, each new one owner-only; existing ones are left as they are.
     *
     * @throws FileAccessException naming the folder that could not be created
     */
    public static void createDirectories(Path folder) {
        InvalidInputException.requireArgument(folder, "OwnerOnly.createDirectories", "folder");
        try {
            create(folder.toAbsolutePath());
        } catch (IOException e) {
            throw new FileAccessException(folder, "cannot create the folder", e);
        }
    }

    private static void create(Path absolute) throws IOException {
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            create(parent);
        }
        try {
            Files.createDirectory(absolute, posix(absolute) ? FOLDER : NONE);
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
    }

    private static boolean posix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
