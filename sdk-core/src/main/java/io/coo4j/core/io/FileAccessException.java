package io.coo4j.core.io;

import io.coo4j.core.CooException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A file or folder coo4j could not create, open, write, lock or close (a full disk, a missing permission, a folder
 * where a file belongs). The message names the file and says why; the {@link #getCause() cause} is the
 * {@link IOException} of the file system. A file that opens but does not hold what it should is an
 * {@link io.coo4j.core.InvalidInputException} instead.
 *
 * @since 0.1
 */
public class FileAccessException extends CooException {
    private static final long serialVersionUID = 1L;

    /** A string: {@link Path} is not serializable, and an exception is. */
    private final String file;

    /**
     * A failure to read or write {@code file}; the message names the file, the problem and the cause.
     *
     * @param file    the file or folder
     * @param problem what could not be done, e.g. "cannot append to the journal"
     * @param cause   the file system's error
     */
    public FileAccessException(Path file, String problem, IOException cause) {
        super(file + ": " + problem + ": " + BoundedInput.describe(cause), cause);
        this.file = file.toString();
    }

    /**
     * The file or folder, as given.
     *
     * @return its path as a string
     */
    public String file() {
        return file;
    }
}
