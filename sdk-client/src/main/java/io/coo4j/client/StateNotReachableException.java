package io.coo4j.client;

/**
 * A record waited for reached a final state other than the one waited for (a verification completed, an agent
 * removed, a supplement deleted): waiting longer cannot help. {@link #state()} is the state reached,
 * {@link #target()} the one waited for. Not retryable. Immutable.
 *
 * @since 0.1
 */
public class StateNotReachableException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    private final String state;
    private final String target;

    /**
     * A wait that ended in {@code state} instead of {@code target}; the HTTP status is the last read's, 200.
     *
     * @param what      the record, e.g. {@code agent 330100123}
     * @param state     the final state reached
     * @param target    the state waited for
     * @param requestId the request id to quote, {@code "-"} when none applies
     */
    public StateNotReachableException(String what, String state, String target, String requestId) {
        super(200, "STATE_NOT_REACHABLE", what + " is " + state + ", from which it cannot become " + target, requestId);
        this.state = state;
        this.target = target;
    }

    /** The state reached, e.g. {@code COMPLETED}. */
    public String state() {
        return state;
    }

    /** The state waited for, e.g. {@code IN_VERIFICATION}. */
    public String target() {
        return target;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
