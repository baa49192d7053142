package io.coo4j.client;

/**
 * A call that got no answer in time (超时): the connection, a read or a write, or the whole attempt took longer than
 * the client's timeouts or the call's {@link RequestOptions#timeout()}. The service may or may not have acted, so
 * the call is {@link #retryable()}: every call is safe to repeat (a {@code POST} under the same idempotency key).
 * The client has already retried as its {@link RetryPolicy} allows before throwing this. Immutable.
 *
 * @since 0.1
 */
public class CooTimeoutException extends CooClientException {
    private static final long serialVersionUID = 1L;

    /**
     * A call that timed out; always retryable.
     *
     * @param message what timed out, naming the call
     * @param cause   OkHttp's timeout
     */
    public CooTimeoutException(String message, Throwable cause) {
        super(message, cause, true);
    }
}
