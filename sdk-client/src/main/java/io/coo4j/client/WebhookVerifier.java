package io.coo4j.client;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a webhook callback (subscription receipt push, 订阅回执) was signed with the subscription's secret and
 * is recent: the {@code Coo-Signature: t=EPOCH-SECONDS,v1=HEX} header is recomputed over the raw body and compared in
 * constant time, and a timestamp further than the tolerance from now is refused, so a captured callback cannot be
 * replayed later. Immutable and thread-safe (线程安全); build one per secret and share it.
 *
 * @since 0.1
 */
public final class WebhookVerifier {
    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    private WebhookVerifier(byte[] secret, Duration tolerance, Clock clock) {
        this.secret = InvalidInputException.requireArgument(secret, "WebhookVerifier.of", "secret").clone();
        this.tolerance = InvalidInputException.requireArgument(tolerance, "WebhookVerifier.of", "tolerance");
        this.clock = InvalidInputException.requireArgument(clock, "WebhookVerifier.of", "clock");
    }

    /** A verifier with a 300-second tolerance on the system clock. */
    public static WebhookVerifier of(byte[] secret) {
        return new WebhookVerifier(secret, Duration.ofSeconds(300), Clock.systemUTC());
    }

    /** A verifier that accepts timestamps at most {@code tolerance} away from {@code clock}'s now. */
    public static WebhookVerifier of(byte[] secret, Duration tolerance, Clock clock) {
        return new WebhookVerifier(secret, tolerance, clock);
    }

    /**
     * Verifies {@code body} (the raw bytes received, before any parsing) against {@code header}, the
     * {@code Coo-Signature} header's value ({@code null} when the callback came without one).
     *
     * @throws CooException naming what is wrong (missing header, malformed header, stale timestamp, bad signature)
     */
    public void verify(byte[] body, @Nullable String header) {
        InvalidInputException.requireArgument(body, "WebhookVerifier.verify", "body");
        if (header == null || header.isBlank()) {
            throw new CooException("webhook: no " + Signatures.WEBHOOK_HEADER + " header");
        }
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String p = part.trim();
            if (p.startsWith("t=")) {
                t = parseTime(p.substring(2));
            } else if (p.startsWith("v1=")) {
                v1 = p.substring(3);
            }
        }
        if (t < 0 || v1 == null) {
            throw new CooException("webhook: " + Signatures.WEBHOOK_HEADER + " needs t= and v1=");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - t);
        if (skew > tolerance.toSeconds()) {
            throw new CooException("webhook: timestamp is " + skew + " s away from now (tolerance "
                    + tolerance.toSeconds() + " s)");
        }
        String expected = HexFormat.of().formatHex(Signatures.webhookMac(secret, t, body));
        if (!Signatures.same(expected, v1)) {
            throw new CooException("webhook: signature does not match the body");
        }
    }

    /**
     * Verifies the callback as {@link #verify} does, then reads its body strictly as a {@link WebhookEvent}.
     *
     * @throws CooException when the signature or the timestamp is wrong, or the body is not an event (naming the JSON path)
     */
    public WebhookEvent event(byte[] body, @Nullable String header) {
        verify(body, header);
        return CooJson.strict().read(body, WebhookEvent.class, "webhook body");
    }

    private static long parseTime(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CooException("webhook: t= is not a number of seconds");
        }
    }
}
