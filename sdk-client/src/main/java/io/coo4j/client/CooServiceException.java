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

    public CooServiceException(int httpStatus, String errorCode, String message, String requestId) {
        super(message + " (HTTP " + httpStatus + ", " + errorCode + ", request " + requestId + ")");
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

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
