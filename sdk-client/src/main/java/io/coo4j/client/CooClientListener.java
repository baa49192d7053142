package io.coo4j.client;

import io.coo4j.core.CooException;
import java.time.Duration;

/**
 * Hears every call a {@link CooClient} makes and every retry, with timings: the hook a metrics or tracing bridge
 * needs (as OkHttp's {@code EventListener}). Register with {@link CooClient.Builder#listener} (one instance for every
 * call) or {@link CooClient.Builder#listenerFactory} (one per call, for per-call state such as a span).
 *
 * <p>A call is told {@link #callStart} once, then {@link #retry} before each retry, then either {@link #callEnd}
 * or {@link #callFailed} once. Durations run from the start of the call to its end, waits between attempts
 * included. Methods run on the thread making the call, or on OkHttp's and the retry timer's threads for the
 * asynchronous forms, so a listener shared by calls must be thread-safe and every method must be quick. A listener
 * that throws is logged (WARN, logger {@code io.coo4j.client}) and ignored: it never breaks a call. Every method
 * does nothing by default.
 *
 * @since 0.1
 */
public interface CooClientListener {
    /** Before the first attempt. */
    default void callStart(CallInfo call) {
    }

    /**
     * Attempt {@code attempt} (counting from 1) failed with {@code cause} and the call is tried again after
     * {@code delay}: a network fault, 429 or 5xx under the {@link RetryPolicy}, or a 401 after the
     * {@link TokenSupplier} gave a new token (no delay).
     */
    default void retry(CallInfo call, int attempt, Duration delay, CooException cause) {
    }

    /** The call succeeded with HTTP {@code status} (200, 201, 202 or 204) after {@code duration}. */
    default void callEnd(CallInfo call, Duration duration, int status) {
    }

    /**
     * The call failed after {@code duration}, retries included, with the exception the caller gets: a
     * {@link CooServiceException} (it carries the HTTP status), a {@link CooTimeoutException}, a
     * {@link CooTransportException}, or another exception (an answer that does not fit the model, a failing
     * {@link TokenSupplier}).
     */
    default void callFailed(CallInfo call, Duration duration, RuntimeException failure) {
    }

    /** Makes the listener of one call; asked once per call, before {@link #callStart}. Must be thread-safe. */
    @FunctionalInterface
    interface Factory {
        /** The listener of the call {@code call}, which it then hears from start to end. */
        CooClientListener create(CallInfo call);
    }
}
