package io.coo4j.client.internal;

import io.coo4j.client.CallInfo;
import io.coo4j.client.CooClientListener;
import io.coo4j.core.CooException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one call, told what happens with the call's timings. A listener or factory that throws is logged
 * and skipped: the call goes on as if it had not been there. Not thread-safe, but a call's events never overlap: each
 * follows the last on whichever thread carries the call on.
 */
final class CallEvents {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.client");

    private final CallInfo call;
    private final List<CooClientListener> listeners;
    private final long start = System.nanoTime();

    private CallEvents(CallInfo call, List<CooClientListener> listeners) {
        this.call = call;
        this.listeners = listeners;
    }

    /** Makes the call's listeners and tells them it starts. */
    static CallEvents start(CallInfo call, List<CooClientListener.Factory> factories) {
        List<CooClientListener> listeners = new ArrayList<>(factories.size());
        for (CooClientListener.Factory factory : factories) {
            try {
                listeners.add(factory.create(call));
            } catch (RuntimeException e) {
                LOG.warn("{}: the client listener factory {} failed; ignored", call.operation(), factory, e);
            }
        }
        CallEvents events = new CallEvents(call, listeners);
        events.tell("callStart", l -> l.callStart(call));
        return events;
    }

    void retry(int attempt, Duration delay, CooException cause) {
        tell("retry", l -> l.retry(call, attempt, delay, cause));
    }

    void end(int status) {
        Duration took = elapsed();
        tell("callEnd", l -> l.callEnd(call, took, status));
    }

    void failed(RuntimeException failure) {
        Duration took = elapsed();
        tell("callFailed", l -> l.callFailed(call, took, failure));
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void tell(String event, Consumer<CooClientListener> action) {
        for (CooClientListener listener : listeners) {
            try {
                action.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("{}: the client listener {} failed on {}; ignored", call.operation(), listener, event, e);
            }
        }
    }
}
