package io.coo4j.spring.internal;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each of the application's listener beans of one event, so that one that throws does not keep the event from
 * the others; the validator and renderer take one listener, the beans may be several.
 */
public final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.spring");

    private Listeners() {
    }

    /** Calls {@code event} on each of {@code listeners} in order; a failure is logged at WARN and ignored. */
    public static <L> void each(List<L> listeners, Consumer<L> event) {
        for (L listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("the listener {} failed; ignored", listener, e);
            }
        }
    }
}
