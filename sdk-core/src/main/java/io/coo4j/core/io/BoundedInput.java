package io.coo4j.core.io;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.internal.Texts;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads input from outside with a cap on the bytes <em>actually read</em>. {@code Files.size} is 0 for pipes, FIFOs
 * and {@code /dev/stdin} and can change between the check and the read, so a cap that trusts it is no cap: every
 * reader here counts what passes and stops one byte past the cap with an {@link InvalidInputException} naming the
 * source and the limit. Memory is therefore bounded by the cap, whatever the source claims to be.
 *
 * <p>Thread-safe (stateless); the streams it returns are not.
 *
 * @since 0.1
 */
public final class BoundedInput {
    private BoundedInput() {
    }

    /**
     * The whole of {@code file} (a regular file, a pipe or {@code /dev/stdin}), at most {@code max} bytes.
     *
     * @param what what the file should be, for the message: {@code "a JSON document"}
     * @throws InvalidInputException when the file is missing, unreadable or longer than {@code max} bytes
     */
    public static byte[] readAll(Path file, int max, String what) {
        InvalidInputException.requireArgument(file, "BoundedInput.readAll", "file");
        InvalidInputException.requireArgument(what, "BoundedInput.readAll", "what");
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in, max, file.toString(), what);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The rest of {@code in}, at most {@code max} bytes; memory grows with what arrives, not with {@code max}.
     *
     * @param source how to name the input in errors
     * @throws InvalidInputException when more than {@code max} bytes arrive or the stream fails
     */
    public static byte[] readAll(InputStream in, int max, String source, String what) {
        InvalidInputException.requireArgument(in, "BoundedInput.readAll", "in");
        InvalidInputException.requireArgument(source, "BoundedInput.readAll", "source");
        InvalidInputException.requireArgument(what, "BoundedInput.readAll", "what");
        if (max < 0 || max == Integer.MAX_VALUE) {
            throw new InvalidInputException("BoundedInput.readAll", "max", "must be between 0 and " + (Integer.MAX_VALUE - 1)
                    + ", found " + max);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(max + 1);
        } catch (IOException e) {
            throw new InvalidInputException(source, "", Texts.describe(e), e);
        }
        if (bytes.length > max) {
            throw tooLarge(source, max, what);
        }
        return bytes;
    }

    /**
     * Opens {@code file} for streaming, refusing what is not a regular file by name before opening it (opening a
     * FIFO blocks until a writer comes; a device never ends), and failing once more than {@code max} bytes were read
     * (the file may grow while it is read). For tables and reference files that must be on disk.
     *
     * @throws InvalidInputException when the file is missing, a symbolic-link loop, not a regular file or unreadable;
     *                               the stream throws it when more than {@code max} bytes are read
     */
    public static InputStream openRegularFile(Path file, long max, String what) {
        InvalidInputException.requireArgument(what, "BoundedInput.openRegularFile", "what");
        // The size a regular file claims refuses the obvious case before reading; the count catches the rest.
        if (requireRegularFile(file).size() > max) {
            throw tooLarge(file.toString(), max, what);
        }
        try {
            return capped(Files.newInputStream(file), max, file.toString(), what);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Refuses {@code file} unless it is a regular file once its symbolic links are followed: a missing file, a
     * symbolic-link loop, a directory, FIFO, socket or device each get an {@link InvalidInputException} that says so.
     *
     * @return the file's attributes
     */
    public static BasicFileAttributes requireRegularFile(Path file) {
        InvalidInputException.requireArgument(file, "BoundedInput.requireRegularFile", "file");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidInputException(file.toString(), "", (attributes.isDirectory() ? "a directory"
                    : "not a regular file (a FIFO, socket or device)") + " where a file was expected");
        }
        return attributes;
    }

    /** {@code in}, failing with an {@link InvalidInputException} once more than {@code max} bytes were read. */
    public static InputStream capped(InputStream in, long max, String source, String what) {
        return new CappedStream(InvalidInputException.requireArgument(in, "BoundedInput.capped", "in"), max,
                InvalidInputException.requireArgument(source, "BoundedInput.capped", "source"),
                InvalidInputException.requireArgument(what, "BoundedInput.capped", "what"));
    }

    /**
     * What went wrong reading a file, in plain words for a message: "no such file", "permission denied", "a
     * symbolic-link loop", … (the exception's own text names the file again, or is empty).
     */
    public static String describe(IOException e) {
        InvalidInputException.requireArgument(e, "BoundedInput.describe", "e");
        return e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("symbolic links")
                ? "a symbolic-link loop (" + f.getReason() + ")" : Texts.describe(e);
    }

    private static InvalidInputException unreadable(Path file, IOException e) {
        return new InvalidInputException(file.toString(), "", describe(e), e);
    }

    private static InvalidInputException tooLarge(String source, long max, String what) {
        return new InvalidInputException(source, "", "more than " + max + " bytes, the most read for " + what);
    }

    private static final class CappedStream extends FilterInputStream {
        private final long max;
        private final String source;
        private final String what;
        private long count;

        CappedStream(InputStream in, long max, String source, String what) {
            super(in);
            this.max = max;
            this.source = source;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) {
            count += n;
            if (count > max) {
                throw tooLarge(source, max, what);
            }
        }
    }
}
