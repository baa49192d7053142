package io.coo4j.testkit.internal;

import io.coo4j.core.model.Receipt;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What the customs side of the simulator shares between certificates and pre-reviews: the clock, the review delay and
 * its scheduler, and receipts — appended in sequence, sometimes twice when the duplicate-receipt fault says so.
 * Thread-safe.
 */
final class Review {
    final Clock clock;
    private final Timeline timeline;
    private final Duration delay;
    private final DoubleSupplier duplicateRate;

    Review(Timeline timeline, Duration delay, DoubleSupplier duplicateRate) {
        this.clock = timeline;
        this.timeline = timeline;
        this.delay = delay;
        this.duplicateRate = duplicateRate;
    }

    /** Runs {@code step} one review delay from now. */
    void later(Runnable step) {
        timeline.after(delay, step);
    }

    /** Appends the next receipt to {@code receipts} (the caller holds the record's lock). */
    void receipt(List<Receipt> receipts, String code, String text, String status) {
        Receipt r = new Receipt(receipts.isEmpty() ? 1 : receipts.get(receipts.size() - 1).seq() + 1,
                clock.instant(), code, text, status);
        receipts.add(r);
        // A replayed journal rebuilds what was stored; injected duplicates were never part of it.
        if (!timeline.replaying() && ThreadLocalRandom.current().nextDouble() < duplicateRate.getAsDouble()) {
            receipts.add(r);
        }
    }
}
