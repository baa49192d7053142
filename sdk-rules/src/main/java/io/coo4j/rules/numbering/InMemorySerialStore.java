package io.coo4j.rules.numbering;

import io.coo4j.core.InvalidInputException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SerialStore} that keeps its counters (流水号) in memory: for tests and for short-lived tools whose numbers
 * need not survive the process. Everything is forgotten on exit, so a later process would hand out the same
 * numbers again: use {@link FileSerialStore} or {@link JdbcSerialStore} for certificates that are declared.
 *
 * <p>Thread-safe and lock-free: one atomic counter per key. Source: 001 ch.4; docs/domain.md, "Certificate numbers".
 *
 * @since 0.1
 */
public final class InMemorySerialStore implements SerialStore {
    private final ConcurrentMap<SerialKey, AtomicInteger> counters = new ConcurrentHashMap<>();

    /** An empty store: every counter starts at 0, so the first serial of each key is 1. */
    public InMemorySerialStore() {
    }

    @Override
    public int next(SerialKey key) {
        InvalidInputException.requireArgument(key, "InMemorySerialStore.next", "key");
        AtomicInteger counter = counters.computeIfAbsent(key, k -> new AtomicInteger());
        while (true) {
            int last = counter.get();
            // Checked before the increment so that an exhausted counter stays at 9999 instead of creeping past it.
            if (last >= CertificateNumber.MAX_SERIAL) {
                throw new SerialExhaustedException(key);
            }
            if (counter.compareAndSet(last, last + 1)) {
                return last + 1;
            }
        }
    }

    @Override
    public int last(SerialKey key) {
        AtomicInteger counter = counters.get(InvalidInputException.requireArgument(key, "InMemorySerialStore.last", "key"));
        return counter == null ? 0 : counter.get();
    }
}
