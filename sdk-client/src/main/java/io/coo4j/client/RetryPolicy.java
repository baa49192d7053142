package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import java.time.Duration;

/**
 * How the client retries a call that failed on the network, or was answered 429, 500, 502, 503 or 504: up to
 * {@code maxAttempts} attempts in all, waiting a random time between zero and
 * {@code min(maxBackoff, initialBackoff × 2^(attempt − 1))} before each retry ("full jitter", so that many
 * clients failing together do not retry together), or the service's {@code Retry-After} when it is longer. Every
 * call the client makes is safe to retry: reads, {@code PUT} and {@code DELETE} by nature, every {@code POST}
 * because it carries an idempotency key that stays the same across its retries. Immutable.
 *
 * @param maxAttempts    attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff the cap of the first wait
 * @param maxBackoff     the cap of every wait
 * @since 0.1
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    /**
     * Checks the values: fewer than one attempt, a missing or negative backoff, or a {@code maxBackoff} below
     * {@code initialBackoff} is an {@link InvalidInputException} naming the component.
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new InvalidInputException("retry policy", "maxAttempts", "must be at least 1, got " + maxAttempts);
        }
        InvalidInputException.requireArgument(initialBackoff, "retry policy", "initialBackoff");
        InvalidInputException.requireArgument(maxBackoff, "retry policy", "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new InvalidInputException("retry policy", "maxBackoff",
                    "backoffs must be positive and maxBackoff at least initialBackoff");
        }
    }

    /** Four attempts, waits capped at 200 ms, 400 ms, 800 ms (at most 5 s). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** One attempt: every failure reaches the caller at once. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The cap of the wait before attempt {@code attempt + 1}, {@code attempt} counting from 1. */
    public Duration backoffCap(int attempt) {
        long base = initialBackoff.toNanos();
        int shift = Math.min(attempt - 1, 30);
        long cap = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
        return Duration.ofNanos(Math.min(cap, maxBackoff.toNanos()));
    }
}
