package io.coo4j.testkit;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The seed of a test's injected faults: {@code -Dcoo4j.faults.seed=N} when given, else a random one, printed when the
 * test fails so that the run can be repeated. Register it as an instance field with {@code @RegisterExtension}.
 */
final class FaultSeed implements TestWatcher {
    static final String PROPERTY = "coo4j.faults.seed";

    private final long value = Long.getLong(PROPERTY, ThreadLocalRandom.current().nextLong());

    long value() {
        return value;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.err.println(context.getDisplayName() + " failed with injected faults of seed " + value + "; repeat with -D"
                + PROPERTY + "=" + value);
    }
}
