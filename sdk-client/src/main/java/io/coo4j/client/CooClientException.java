package io.coo4j.client;

import io.coo4j.core.CooException;

/**
 * A call that got no usable answer: the connection failed or dropped, a timeout passed, or the answer could not
 * be read. Network faults are {@link #retryable()}; the client has already retried idempotent calls as its
 * {@link RetryPolicy} allows before throwing this. Immutable.
 *
 * @since 0.1
 */
public class CooClientException extends CooException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public CooClientException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
