package io.coo4j.client;

/**
 * The caller is known but may not do this (HTTP 403 {@code FORBIDDEN}): an operation of the enterprise's
 * administrator (管理员账户或法人卡, 001 ch.1; 003 我的操作员) called by an operator, or a query by a user the
 * administrator's query permission switch (查询权限开关, 001 ch.1) leaves out. A kind of
 * {@link UnauthorizedException}, so that code catching that still sees it; retrying does not help. Immutable.
 *
 * @since 0.1
 */
public class ForbiddenException extends UnauthorizedException {
    private static final long serialVersionUID = 1L;

    /**
     * An answer of HTTP 403, as the client makes it from the error document.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     */
    public ForbiddenException(int httpStatus, String errorCode, String message, String requestId) {
        super(httpStatus, errorCode, message, requestId);
    }
}
