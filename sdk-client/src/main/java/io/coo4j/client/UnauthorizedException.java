package io.coo4j.client;

/**
 * The credentials were missing, wrong or expired (HTTP 401). Immutable.
 *
 * @since 0.1
 */
public class UnauthorizedException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * An answer of HTTP 401 (or 403, for the subclass), as the client makes it from the error document.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     */
    public UnauthorizedException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
