package io.coo4j.client;

import org.jspecify.annotations.Nullable;

/**
 * The service could not read the request (HTTP 400, {@code INVALID_INPUT}); {@link #field()} names the JSON path
 * or parameter. Immutable.
 *
 * @since 0.1
 */
public class InvalidRequestException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;

    /**
     * An answer of HTTP 400, as the client makes it from the error document.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the API's error code ({@code docs/api.md}, "errors")
     * @param message    the service's message
     * @param requestId  the service's {@code X-Request-Id}, {@code "-"} when it sent none
     * @param field      the JSON path or parameter the service names; {@code null} when it names none
     */
    public InvalidRequestException(int httpStatus, String errorCode, String message, String requestId,
                                   @Nullable String field) {
        super(httpStatus, errorCode, message, requestId);
        this.field = field;
    }

    /** The JSON path or parameter the service names, e.g. {@code goods[0].hsCode}; {@code null} when it names none. */
    public @Nullable String field() {
        return field;
    }
}
