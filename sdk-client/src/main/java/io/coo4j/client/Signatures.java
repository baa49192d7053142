package io.coo4j.client;

import io.coo4j.core.Digests;
import io.coo4j.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The HMAC-SHA256 signatures of {@code docs/api.md}: of a request (for services that take signed requests rather
 * than a token) and of a webhook callback. Public so that a service or a test server computes exactly what the
 * client sends. Stateless and thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Signatures {
    /** The header naming the key id of a signed request. */
    public static final String KEY_HEADER = "X-Coo-Key";
    /** The header holding the request's time in epoch seconds. */
    public static final String DATE_HEADER = "X-Coo-Date";
    /** The header holding the request signature. */
    public static final String SIGNATURE_HEADER = "X-Coo-Signature";
    /** The header of a webhook callback: {@code t=EPOCH-SECONDS,v1=HEX}. */
    public static final String WEBHOOK_HEADER = "Coo-Signature";
    /** The header carrying a POST's idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private Signatures() {
    }

    /**
     * {@code base64(HMAC-SHA256(secret, METHOD \n PATH?QUERY \n EPOCH-SECONDS \n hex(SHA-256(body))))}; an absent
     * body counts as empty.
     */
    public static String request(byte[] secret, String method, String pathAndQuery, long epochSeconds,
                                 byte @Nullable [] body) {
        InvalidInputException.requireArgument(secret, "Signatures.request", "secret");
        InvalidInputException.requireArgument(method, "Signatures.request", "method");
        InvalidInputException.requireArgument(pathAndQuery, "Signatures.request", "pathAndQuery");
        String canonical = method + "\n" + pathAndQuery + "\n" + epochSeconds + "\n" + Digests.sha256Hex(body);
        return Base64.getEncoder().encodeToString(hmac(secret, canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@link #WEBHOOK_HEADER} value for {@code body} sent at {@code epochSeconds}. */
    public static String webhook(byte[] secret, long epochSeconds, byte[] body) {
        InvalidInputException.requireArgument(secret, "Signatures.webhook", "secret");
        InvalidInputException.requireArgument(body, "Signatures.webhook", "body");
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(webhookMac(secret, epochSeconds, body));
    }

    /**
     * Whether {@code key} may be an {@link #IDEMPOTENCY_HEADER}: 1 to 64 printable ASCII characters without spaces, so
     * no tab, control or non-ASCII character (docs/api.md). The client and the simulator apply the same rule.
     */
    public static boolean isIdempotencyKey(@Nullable String key) {
        return key != null && !key.isEmpty() && key.length() <= 64 && key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f);
    }

    /** Compares two signatures in constant time, so that timing does not reveal how much of a guess was right. */
    public static boolean same(String expected, @Nullable String actual) {
        InvalidInputException.requireArgument(expected, "Signatures.same", "expected");
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] webhookMac(byte[] secret, long epochSeconds, byte[] body) {
        byte[] prefix = (epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return hmac(secret, signed);
    }

    private static byte[] hmac(byte[] secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
