package io.coo4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Runs a hostile input through a reader and asserts what it cost: at most {@code time}, and at most {@code bytes}
 * allocated by the thread doing the work (HotSpot counts every allocation of a thread; the sum, not the peak, so it is
 * a stricter bound than a small {@code -Xmx} and needs no second JVM). The work runs on a thread of its own so that a
 * hang fails the test instead of stalling the build.
 */
public final class Bounds {
    private Bounds() {
    }

    public static <T> T within(Duration time, long bytes, ThrowingSupplier<T> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return assertTimeoutPreemptively(time, () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            T result = work.get();
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("bytes allocated while reading the hostile input").isLessThan(bytes);
            return result;
        });
    }
}
