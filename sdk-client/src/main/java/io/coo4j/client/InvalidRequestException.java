package io.coo4j.client;

/**
 * The service could not read the request (HTTP 400, {@code INVALID_INPUT}); {@link #field()} names the JSON path
 * or parameter. Immutable.
 *
 * @since 0.1
 */
public class InvalidRequestException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(int httpStatus, String errorCode, String message, String requestId, String field) {
        super(httpStatus, errorCode, message, requestId);
        this.field = field;
    }

    /** The JSON path or parameter the service names; may be {@code null}. */
    public String field() {
        return field;
    }
}
