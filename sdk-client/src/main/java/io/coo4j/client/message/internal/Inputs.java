package io.coo4j.client.message.internal;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Small helpers for reading messages from files and quoting their text in errors. */
public final class Inputs {
    private static final int QUOTE = 60;

    private Inputs() {
    }

    /** Opens {@code file} and reads it with {@code reader}; a missing or unreadable file is an input error. */
    public static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
        return open(file, in -> reader.apply(in, file.toString()));
    }

    /** The first {@code max} bytes of {@code file}: enough to see that a file is larger than {@code max - 1}. */
    public static byte[] bytes(Path file, int max) {
        return open(file, in -> {
            try {
                return in.readNBytes(max);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static <T> T open(Path file, Function<InputStream, T> use) {
        try (InputStream in = Files.newInputStream(file)) {
            return use.apply(in);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static InvalidInputException unreadable(Path file, IOException e) {
        String problem = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : "cannot be read: " + e.getMessage();
        return new InvalidInputException(file.toString(), "", problem, e);
    }

    /** The text in quotes, cut at 60 characters with its length, so an error about a long value stays short. */
    public static String quote(String text) {
        String shown = text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "… (" + text.length() + " characters)";
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
