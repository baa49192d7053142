package io.coo4j.client;

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

    private final String state;
    private final String operation;

    public ConflictException(int httpStatus, String errorCode, String message, String requestId,
                             String state, String operation) {
        super(httpStatus, errorCode, message, requestId);
        this.state = state;
        this.operation = operation;
    }

    /** The record's state when the operation was refused, e.g. {@code APPROVED}; {@code null} when not a transition. */
    public String state() {
        return state;
    }

    /** The refused operation, e.g. {@code DELETE}; {@code null} when not a transition. */
    public String operation() {
        return operation;
    }
}
