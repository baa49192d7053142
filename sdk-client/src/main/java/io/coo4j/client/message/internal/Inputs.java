package io.coo4j.client.message.internal;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Small helpers for reading messages from files and quoting their text in errors. */
public final class Inputs {
    private static final int QUOTE = 60;

    private Inputs() {
    }

    /** Opens {@code file} and reads it with {@code reader}; a missing or unreadable file is an input error. */
    public static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file.toString(), "", "permission denied", e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The text in quotes, cut at 60 characters with its length, so an error about a long value stays short. */
    public static String quote(String text) {
        String shown = text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "… (" + text.length() + " characters)";
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
