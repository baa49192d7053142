package io.coo4j.client;

/**
 * The credentials were missing, wrong or expired (HTTP 401). Immutable.
 *
 * @since 0.1
 */
public class UnauthorizedException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
