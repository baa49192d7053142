package io.coo4j.client;

/**
 * The service could not answer (HTTP 5xx) and retries, if any were allowed, did not help. Retryable. Immutable.
 *
 * @since 0.1
 */
public class ServiceUnavailableException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * An answer of HTTP 5xx, as the client makes it from the error document.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     */
    public ServiceUnavailableException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
