package io.coo4j.client;

import java.time.Duration;

/**
 * Too many calls (HTTP 429); {@link #retryAfter()} is how long the service asked to wait. Retryable. Immutable.
 *
 * @since 0.1
 */
public class RateLimitedException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * An answer of HTTP 429, as the client makes it from the error document and the {@code Retry-After} header.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     * @param retryAfter the wait the service asked for; zero when it named none
     */
    public RateLimitedException(int httpStatus, String errorCode, String message, String requestId, Duration retryAfter) {
        super(httpStatus, errorCode, message, requestId);
        this.retryAfter = retryAfter;
    }

    /** The service's {@code Retry-After}; zero when it named none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
