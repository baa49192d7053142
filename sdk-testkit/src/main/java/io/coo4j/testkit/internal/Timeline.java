package io.coo4j.testkit.internal;

import io.coo4j.core.CooException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The simulator's time. A change happens at one instant: while a request or a review step runs, its thread's clock is
 * pinned to the instant the request arrived or the step fell due, so every timestamp it writes is that instant and a
 * receipt comes exactly one review delay after the one before. That makes the sandbox's records a function of its
 * requests and their instants, which is what lets a journal be replayed: during replay the requests run at their
 * journaled instants and the due steps in between at theirs, and a restarted sandbox holds the same records, receipts
 * and timestamps as the one that wrote the journal. Thread-safe once replay has ended; replay itself runs on one thread
 * before the server listens.
 */
final class Timeline extends Clock {
    private final Clock base;
    private final ScheduledExecutorService scheduler;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();
    /** Random bytes a change draws: recorded live, handed out again in the same order during its replay. */
    private final ThreadLocal<List<byte[]>> drawn = new ThreadLocal<>();
    private final ThreadLocal<Iterator<byte[]>> redrawn = new ThreadLocal<>();
    private final SecureRandom random = new SecureRandom();
    /** Steps waiting for their instant, in a journaled sandbox; null otherwise (the scheduler holds them). */
    private PriorityQueue<Due> pending;
    private Runnable drain;
    private volatile boolean replaying;
    private long order;

    private record Due(Instant at, long order, Runnable step) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    Timeline(Clock base, ScheduledExecutorService scheduler) {
        this.base = base;
        this.scheduler = scheduler;
    }

    @Override
    public Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same time seen in {@code zone}: pinned instants included, which {@link Clock#offset} would not see. */
    @Override
    public Clock withZone(ZoneId zone) {
        Timeline self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }

    /** Runs {@code work} with this thread's time pinned to {@code at}. */
    <T> T at(Instant at, Supplier<T> work) {
        Instant before = pinned.get();
        pinned.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    /** {@code n} random bytes: fresh (and recorded when a change is being recorded), or the recorded ones on replay. */
    byte[] randomBytes(int n) {
        Iterator<byte[]> again = redrawn.get();
        if (again != null) {
            if (!again.hasNext()) {
                throw new CooException("the replayed change draws more random bytes than its journal entry holds");
            }
            return again.next().clone();
        }
        byte[] fresh = new byte[n];
        random.nextBytes(fresh);
        List<byte[]> record = drawn.get();
        if (record != null) {
            record.add(fresh.clone());
        }
        return fresh;
    }

    /** Runs {@code work}, adding every random draw it makes to {@code into}. */
    <T> T recording(List<byte[]> into, Supplier<T> work) {
        drawn.set(into);
        try {
            return work.get();
        } finally {
            drawn.remove();
        }
    }

    /** Runs {@code work}, answering its random draws with {@code recorded}, in order. */
    <T> T redrawing(List<byte[]> recorded, Supplier<T> work) {
        redrawn.set(recorded.iterator());
        try {
            return work.get();
        } finally {
            redrawn.remove();
        }
    }

    /**
     * Makes the steps run in instant order with the changes, as a replay runs them: a step due by a change's instant
     * runs before that change, and the scheduler only wakes {@code drain} (which takes the server's change lock and
     * calls {@link #runDue}). Without it a step could run a little after a change that came later than the step's due
     * instant, and the journal would not replay to the same records. Called once, before the server starts.
     */
    void ordered(Runnable drain) {
        this.drain = drain;
        this.pending = new PriorityQueue<>();
    }

    /** Runs {@code step} {@code delay} from now, at that instant. */
    void after(Duration delay, Runnable step) {
        Instant due = instant().plus(delay);
        if (pending == null) {
            long wait = Math.max(0, Duration.between(base.instant(), due).toNanos());
            scheduler.schedule(() -> run(new Due(due, 0, step)), wait, TimeUnit.NANOSECONDS);
            return;
        }
        synchronized (pending) {
            pending.add(new Due(due, order++, step));
        }
        if (!replaying) {
            wake(due);
        }
    }

    private void wake(Instant due) {
        scheduler.schedule(drain, Math.max(0, Duration.between(base.instant(), due).toNanos()), TimeUnit.NANOSECONDS);
    }

    boolean replaying() {
        return replaying;
    }

    /** Replays from now on (a journaled sandbox is {@link #ordered}). */
    void beginReplay() {
        replaying = true;
    }

    /** Runs the steps due by {@code at}, then {@code request} at {@code at}. */
    <T> T replayAt(Instant at, Supplier<T> request) {
        runDue(at);
        return at(at, request);
    }

    /** Runs what fell due while the sandbox was down, then wakes the drain when the rest fall due. */
    void endReplay() {
        runDue(base.instant());
        replaying = false;
        List<Due> rest;
        synchronized (pending) {
            rest = List.copyOf(pending);
        }
        rest.forEach(d -> wake(d.at));
    }

    /** Runs, in instant order, every step due by {@code until}; the caller holds the server's change lock. */
    void runDue(Instant until) {
        while (true) {
            Due next;
            synchronized (pending) {
                next = pending.peek();
                if (next == null || next.at.isAfter(until)) {
                    return;
                }
                pending.poll();
            }
            run(next);
        }
    }

    /** The present instant of the configured clock, whatever this thread is pinned to. */
    Instant now() {
        return base.instant();
    }

    private void run(Due d) {
        at(d.at, () -> {
            d.step.run();
            return null;
        });
    }
}
