package io.coo4j.testkit.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** An error answer of {@code docs/api.md} raised inside the simulator: status, code, and what it names. */
final class ApiError extends CooException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final String field;
    final String state;
    final String operation;

    private ApiError(int status, String code, String message, String field, String state, String operation) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.state = state;
        this.operation = operation;
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "NOT_FOUND", what + " does not exist", null, null, null);
    }

    static ApiError invalid(String field, String message) {
        return new ApiError(400, "INVALID_INPUT", message, field, null, null);
    }

    /**
     * A 400 for what a validator found (at least one violation): naming the first one's field, as every 400 names
     * one, and listing them all, so that a form with three mistakes is not corrected one request at a time.
     */
    static ApiError invalid(List<Violation> violations) {
        return invalid(violations.get(0).path(), violations.stream()
                .map(v -> v.code() + " " + v.path() + ": " + v.message()).collect(Collectors.joining("; ")));
    }

    static ApiError conflict(String code, String message) {
        return new ApiError(code.equals("IDEMPOTENCY_KEY_REUSED") ? 422 : 409, code, message, null, null, null);
    }

    static ApiError transition(String message, String state, String operation) {
        return new ApiError(409, "ILLEGAL_TRANSITION", message, null, state, operation);
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, "UNAUTHORIZED", message, null, null, null);
    }

    /** A known caller who may not do this: an operator calling an administrator's operation, say. */
    static ApiError forbidden(String message) {
        return new ApiError(403, "FORBIDDEN", message, null, null, null);
    }
}
