package io.coo4j.client;

/**
 * No certificate or record by that number or id (HTTP 404). Immutable.
 *
 * @since 0.1
 */
public class NotFoundException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * An answer of HTTP 404, as the client makes it from the error document.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     */
    public NotFoundException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
