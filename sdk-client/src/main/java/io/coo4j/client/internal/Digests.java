package io.coo4j.client.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digests the client computes: of a signed request's body, of a declared certificate, of a receipt. */
public final class Digests {
    private Digests() {
    }

    /** SHA-256 of {@code bytes} ({@code null} counts as empty), as 64 lower-case hex digits. */
    public static String sha256Hex(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes);
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }
}
