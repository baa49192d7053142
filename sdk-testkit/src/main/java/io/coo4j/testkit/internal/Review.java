package io.coo4j.testkit.internal;

import io.coo4j.core.model.Receipt;
import io.coo4j.core.validation.Violation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the customs side of the simulator shares between certificates and pre-reviews: the clock, the review delay and
 * its scheduler, and receipts — appended in sequence, sometimes twice when the duplicate-receipt fault says so, each
 * handed to the receipt listener (the subscription desk pushes them). Thread-safe.
 */
final class Review {
    final Clock clock;
    private final Timeline timeline;
    private final Duration delay;
    private final BooleanSupplier duplicate;
    private volatile BiConsumer<Subject, Receipt> listener = (subject, receipt) -> { };

    /**
     * What a receipt is about, for subscriptions: the kind of document, its id, and the enterprise (filing number)
     * and person (declarant's identity number) it belongs to when known.
     */
    record Subject(String kind, String id, String filingNumber, String declarantIdNumber) {
    }

    Review(Timeline timeline, Duration delay, BooleanSupplier duplicate) {
        this.clock = timeline;
        this.timeline = timeline;
        this.delay = delay;
        this.duplicate = duplicate;
    }

    /** Runs {@code step} one review delay from now. */
    void later(Runnable step) {
        after(delay, step);
    }

    /** Runs {@code step} after {@code wait}. */
    void after(Duration wait, Runnable step) {
        timeline.after(wait, step);
    }

    /**
     * {@code n} random bytes for a change (a subscription's secret, say): drawn live and kept with the change in the
     * journal, so that a replay draws the same ones.
     */
    byte[] randomBytes(int n) {
        return timeline.randomBytes(n);
    }

    /** Who hears of every receipt; set once while the server is wired, before it answers. It must not block. */
    void onReceipt(BiConsumer<Subject, Receipt> value) {
        listener = value;
    }

    /** Appends the next receipt about {@code subject} to {@code receipts} (the caller holds the record's lock). */
    void receipt(Subject subject, List<Receipt> receipts, String code, String text, String status) {
        Receipt r = new Receipt(receipts.isEmpty() ? 1 : receipts.get(receipts.size() - 1).seq() + 1,
                clock.instant(), code, text, status);
        receipts.add(r);
        if (timeline.replaying()) {
            return; // a replay rebuilds what was stored: no injected duplicates, no callbacks sent a second time
        }
        listener.accept(subject, r);
        if (duplicate.getAsBoolean()) {
            receipts.add(r);
            listener.accept(subject, r);
        }
    }

    /** The review delay: what a desk adds to an instant to know, without a scheduled step, when the customs answer. */
    Duration delay() {
        return delay;
    }

    /** The text of a refusal (退证, 审核不通过): each error's code, JSON path and Chinese message. */
    static String reasons(List<Violation> errors) {
        return errors.stream().map(v -> v.code() + " " + v.path() + ": " + v.messageZh()).collect(Collectors.joining("; "));
    }
}
