package io.coo4j.client;

import io.coo4j.core.CooException;
import org.jspecify.annotations.Nullable;

/**
 * A call that got no usable answer, or could not be made: a timeout passed ({@link CooTimeoutException}), the
 * connection failed or dropped or the answer could not be read ({@link CooTransportException}), a wait gave up, or
 * the {@link TokenSupplier} failed. Network faults are {@link #retryable()}; the client has already retried as its
 * {@link RetryPolicy} allows before throwing this. Immutable.
 *
 * @since 0.1
 */
public class CooClientException extends CooException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    /**
     * A call that got no usable answer or could not be made.
     *
     * @param message   what failed, naming the call
     * @param cause     the underlying failure; {@code null} when there is none (a wait that gave up)
     * @param retryable whether the same call may succeed later
     */
    public CooClientException(String message, @Nullable Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
