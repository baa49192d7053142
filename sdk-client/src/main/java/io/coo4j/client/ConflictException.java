package io.coo4j.client;

import org.jspecify.annotations.Nullable;

/**
 * The request clashes with what the service holds (HTTP 409 or 422): most often an operation the lifecycle table
 * does not allow in the record's state ({@code ILLEGAL_TRANSITION}: deleting an approved certificate, amending a
 * draft, changing a pre-review while one is pending), then {@link #state()} and {@link #operation()} say which;
 * also a number already used ({@code CONFLICT}) or an idempotency key reused for another request
 * ({@code IDEMPOTENCY_KEY_REUSED}). Immutable.
 *
 * @since 0.1
 */
public class ConflictException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String state;
    private final @Nullable String operation;

    /**
     * An answer of HTTP 409 or 422, as the client makes it from the error document.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     * @param state      the record's state when a transition was refused; {@code null} for another conflict
     * @param operation  the refused operation; {@code null} for another conflict
     */
    public ConflictException(int httpStatus, String errorCode, String message, String requestId,
                             @Nullable String state, @Nullable String operation) {
        super(httpStatus, errorCode, message, requestId);
        this.state = state;
        this.operation = operation;
    }

    /** The record's state when the operation was refused, e.g. {@code APPROVED}; {@code null} when not a transition. */
    public @Nullable String state() {
        return state;
    }

    /** The refused operation, e.g. {@code DELETE}; {@code null} when not a transition. */
    public @Nullable String operation() {
        return operation;
    }
}
