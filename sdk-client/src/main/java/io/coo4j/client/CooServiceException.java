package io.coo4j.client;

import io.coo4j.core.CooException;

/**
 * The service answered with an error ({@code docs/api.md}, "errors"): the HTTP status, the error code, and the
 * request id to quote when asking the operator what happened. The subclasses name the cases a caller handles
 * differently. Immutable.
 *
 * @since 0.1
 */
public class CooServiceException extends CooException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String requestId;

    /**
     * An error answer; the message gets the status, the code and the request id appended.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     */
    public CooServiceException(int httpStatus, String errorCode, String message, String requestId) {
        super(message + " (HTTP " + httpStatus + ", " + errorCode + ", request " + requestId + ")");
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    /** The HTTP status the service answered, e.g. {@code 409}; {@code 200} for a wait that ended in a refusal. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The API's error code, e.g. {@code ILLEGAL_TRANSITION}. */
    public String errorCode() {
        return errorCode;
    }

    /** The service's {@code X-Request-Id} of the failed call; {@code "-"} when it sent none. */
    public String requestId() {
        return requestId;
    }

    /** 5xx answers may succeed when repeated; everything else needs a change first. */
    @Override
    public boolean retryable() {
        return httpStatus >= 500;
    }
}
