package io.coo4j.core.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Keeps user text short and printable in messages: an error about a 10 MB string must not be 10 MB. */
public final class Texts {
    private static final int MAX = 120;

    private Texts() {
    }

    /** At most 120 characters, control characters as {@code \\uXXXX}, with the full length when cut. */
    public static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int n = Math.min(s.length(), MAX);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > MAX) {
            b.append("… (").append(s.length()).append(" characters)");
        }
        return b.toString();
    }

    /** What went wrong reading a file, in plain words: "no such file", "permission denied", … */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot be read: " + f.getReason();
        }
        return "cannot be read: " + e.getMessage();
    }
}
