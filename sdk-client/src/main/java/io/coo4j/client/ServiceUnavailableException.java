package io.coo4j.client;

/**
 * The service could not answer (HTTP 5xx) and retries, if any were allowed, did not help. Retryable. Immutable.
 *
 * @since 0.1
 */
public class ServiceUnavailableException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
