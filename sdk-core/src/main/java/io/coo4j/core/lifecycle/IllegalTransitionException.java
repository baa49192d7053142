package io.coo4j.core.lifecycle;

import io.coo4j.core.CooException;
import org.jspecify.annotations.Nullable;

/**
 * An operation that a lifecycle table does not allow in the current state, e.g. deleting an
 * approved certificate. The message names the lifecycle, the state and the operation.
 *
 * @since 0.1
 */
public class IllegalTransitionException extends CooException {
    private static final long serialVersionUID = 1L;

    private final String lifecycle;
    private final String state;
    private final String operation;

    /** An operation refused in a state, with {@code why} added to the message when given. */
    public IllegalTransitionException(String lifecycle, @Nullable Object state, @Nullable Object operation,
                                      @Nullable String why) {
        super(lifecycle + ": operation " + operation + " is not allowed in state " + state
                + (why == null ? "" : " (" + why + ")"));
        this.lifecycle = lifecycle;
        this.state = String.valueOf(state);
        this.operation = String.valueOf(operation);
    }

    /** The lifecycle's name, e.g. {@code self-print}. */
    public String lifecycle() {
        return lifecycle;
    }

    /** The state the operation was refused in. */
    public String state() {
        return state;
    }

    /** The refused operation. */
    public String operation() {
        return operation;
    }
}
