package io.coo4j.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The one SHA-256 helper of coo4j: a signed request's body, a declared certificate, a receipt file, an uploaded
 * document, an idempotency fingerprint. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Digests {
    private Digests() {
    }

    /** SHA-256 of {@code parts} one after the other ({@code null} counts as empty), as 64 lower-case hex digits. */
    public static String sha256Hex(byte @Nullable []... parts) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new CooException("this Java runtime has no SHA-256, which every Java 17 runtime must have", e);
        }
        for (byte[] part : parts) {
            if (part != null) {
                d.update(part);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
