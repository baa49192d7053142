package io.coo4j.rules.numbering;

/**
 * Where serials (流水号) are counted: the extension point behind {@link CertificateNumberGenerator}. Each
 * {@link SerialKey} (enterprise, certificate type, two-digit year) has its own counter that starts at 1 and goes up
 * by one for each allocation (001 ch.4: "从 1 开始自动计值"; docs/domain.md).
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li><b>atomic</b>: {@link #next} hands out each serial of a key at most once, however many threads (and, where
 *       the store says so, processes) call it at the same time;</li>
 *   <li><b>bounded</b>: never above {@value CertificateNumber#MAX_SERIAL}; past it {@link #next} throws
 *       {@link SerialExhaustedException} and keeps throwing for that key: it never wraps around;</li>
 *   <li><b>gaps, never repeats</b>: a serial may be skipped when a call fails half-way or a process dies, but one
 *       that {@link #next} returned is never returned again, within the durability the implementation documents.</li>
 * </ul>
 * Implementations are thread-safe. Failures other than exhaustion are {@link io.coo4j.core.CooException}s.
 *
 * <p>Shipped: {@link InMemorySerialStore} (tests, one process, forgotten on exit), {@link FileSerialStore} (the
 * embedded default: a crash-safe log shared by the processes of one machine) and {@link JdbcSerialStore} (a table in
 * the application's database).
 *
 * @since 0.1
 */
public interface SerialStore extends AutoCloseable {
    /**
     * Allocates the next serial of {@code key}: 1 on first use, then the previous one plus 1.
     *
     * @return the serial, 1–9999; once returned it is never returned again for this key
     * @throws SerialExhaustedException when 9999 has already been handed out for this key
     */
    int next(SerialKey key);

    /** The last serial handed out for {@code key}, or 0 when none was; the next one is at least this + 1. */
    int last(SerialKey key);

    /** Releases files or other resources; call once every allocation has returned. The default does nothing. */
    @Override
    default void close() {
    }
}
