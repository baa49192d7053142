package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.coo4j.core.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store on a real PostgreSQL, in every build: the embedded server of {@link TestPostgres}, or the one named by
 * {@code COO4J_TEST_POSTGRES_URL}. Each test has its own table, created by the store and dropped afterwards.
 */
class PostgresSerialStoreTest extends SerialStoreContract {
    private final List<HikariDataSource> pools = new ArrayList<>();
    private String table;

    @Override
    SerialStore openStore() {
        table = "coo4j_serial_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return JdbcSerialStore.create(pool(), table).createTableIfMissing();
    }

    /** A new pool: one application instance. */
    private HikariDataSource pool() {
        HikariDataSource pool = TestPostgres.pool(8);
        pools.add(pool);
        return pool;
    }

    @Override
    void cleanUp() throws Exception {
        try (Connection c = pools.get(0).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
        pools.forEach(HikariDataSource::close);
    }

    /**
     * Two instances (two pools, two stores) sharing the table make 10,000 draws of one key: serials 1–9999 each once,
     * and exactly one draw told that the key is exhausted.
     */
    @Test
    void twoInstancesMakingTenThousandDrawsOfOneKeyGetEachSerialOnce() throws Exception {
        SerialStore other = JdbcSerialStore.create(pool(), table);
        List<SerialStore> instances = List.of(store, other);
        AtomicInteger exhausted = new AtomicInteger();
        List<List<Integer>> got = runThreads(8, t -> {
            SerialStore mine = instances.get(t % 2);
            List<Integer> serials = new ArrayList<>();
            for (int i = 0; i < 1_250; i++) {
                try {
                    serials.add(mine.next(E19));
                } catch (SerialExhaustedException e) {
                    exhausted.incrementAndGet();
                }
            }
            return serials;
        });
        List<Integer> all = flatten(got);
        all.sort(null);
        assertThat(all).isEqualTo(range(1, 9_999));
        assertThat(exhausted).hasValue(1);
        assertThat(other.last(E19)).isEqualTo(9_999);
    }

    /**
     * While two instances draw, another session keeps terminating their backends ({@code pg_terminate_backend}), in
     * the middle of the UPDATE, before or after the COMMIT. Every call still gets a serial (the store retries on a
     * fresh connection), no serial is handed out twice, and the committed counter never falls behind a returned
     * serial: a kill can only leave a gap, one per kill at most.
     */
    @Test
    void backendsKilledMidTransactionLoseNoCommittedSerialAndRepeatNone() throws Exception {
        SerialStore other = JdbcSerialStore.create(pool(), table);
        List<SerialStore> instances = List.of(store, other);
        AtomicBoolean drawing = new AtomicBoolean(true);
        AtomicInteger kills = new AtomicInteger();
        Thread killer = new Thread(() -> killWhile(drawing, kills), "pg-terminate-backend");
        killer.start();
        List<List<Integer>> got;
        try {
            got = runThreads(4, t -> {
                SerialStore mine = instances.get(t % 2);
                List<Integer> serials = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    serials.add(mine.next(E19));
                }
                return serials;
            });
        } finally {
            drawing.set(false);
            killer.join();
        }
        List<Integer> all = flatten(got);
        Set<Integer> distinct = new HashSet<>(all);
        assertThat(distinct).as("no serial twice").hasSize(2_000);
        assertThat(kills.get()).as("backends terminated").isPositive();
        int last = other.last(E19);
        assertThat(last).as("the committed counter").isGreaterThanOrEqualTo(all.stream().mapToInt(i -> i).max()
                .orElseThrow());
        assertThat(last - 2_000).as("gaps, at most one per kill").isBetween(0, kills.get());
        assertThat(store.next(E19)).isEqualTo(last + 1);
    }

    /** Terminates, every few milliseconds, one backend that is working on this test's table. */
    private void killWhile(AtomicBoolean drawing, AtomicInteger kills) {
        try (HikariDataSource admin = TestPostgres.pool(1); Connection c = admin.getConnection();
             Statement s = c.createStatement()) {
            while (drawing.get()) {
                try (ResultSet r = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE pid <> pg_backend_pid() AND (query LIKE '%" + table + "%' OR state ="
                        + " 'idle in transaction') AND backend_type = 'client backend' LIMIT 1")) {
                    while (r.next()) {
                        if (r.getBoolean(1)) {
                            kills.incrementAndGet();
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the killer session failed", e);
        }
    }
}
