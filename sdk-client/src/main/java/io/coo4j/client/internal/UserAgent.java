package io.coo4j.client.internal;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code User-Agent} of every request, {@code coo4j/VERSION (java/VERSION)} and the caller's product after it, so
 * that a gateway's operator can tell which SDK and which ERP called. The version comes from a resource the build
 * writes ({@code version.properties}, filtered), so it is right in tests and in the jar alike.
 */
public final class UserAgent {
    /** coo4j's version; {@code unknown} only when the classes run unbuilt by Maven (an IDE's own compiler). */
    public static final String VERSION = readVersion();
    private static final int MAX_SUFFIX = 256;

    private UserAgent() {
    }

    /** The header's value, with {@code suffix} (may be null) after coo4j's product. */
    public static String of(String suffix) {
        return "coo4j/" + VERSION + " (java/" + System.getProperty("java.version") + ")"
                + (suffix == null ? "" : " " + suffix);
    }

    /** {@code suffix} when a header can carry it: printable ASCII, not blank, at most 256 characters. */
    public static String suffix(String suffix) {
        if (suffix == null || suffix.isBlank() || suffix.length() > MAX_SUFFIX
                || !suffix.chars().allMatch(c -> c >= ' ' && c < 0x7f)) {
            throw new InvalidInputException("client configuration", "userAgentSuffix",
                    "printable ASCII, not blank, at most " + MAX_SUFFIX + " characters, e.g. AcmeERP/5.2");
        }
        return suffix.strip();
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // The jar's own resource unreadable is treated as absent: a version-less User-Agent is no reason to
            // refuse to build a client.
            return "unknown";
        }
        String v = p.getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }
}
