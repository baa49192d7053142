package io.coo4j.core;

import org.jspecify.annotations.Nullable;

/**
 * The one root of every exception coo4j throws (unchecked).
 *
 * <p>Rule outcomes are not exceptions: a validation returns a report. Exceptions are for misuse,
 * unreadable input and I/O. {@link #retryable()} says whether trying the same call again can help.
 *
 * @since 0.1
 */
public class CooException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public CooException(String message) {
        super(message);
    }

    /** An exception with the given message, caused by {@code cause}. */
    public CooException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** Whether repeating the call unchanged may succeed (network faults, busy services). */
    public boolean retryable() {
        return false;
    }
}
