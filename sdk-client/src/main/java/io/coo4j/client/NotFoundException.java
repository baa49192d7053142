package io.coo4j.client;

/**
 * No certificate or record by that number or id (HTTP 404). Immutable.
 *
 * @since 0.1
 */
public class NotFoundException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
