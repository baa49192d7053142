package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SerialStore} promises (001 ch.4: "4 位自编流水号按照相同证书类型和相同年份，从 1 开始自动计值"): per key,
 * from 1, each serial once, gap-free while nothing fails, never past 9999. Each implementation's test extends this.
 */
abstract class SerialStoreContract {
    static final SerialKey E19 = new SerialKey("456500999", "E", 19);

    SerialStore store;

    /** A new, empty store for one test. */
    abstract SerialStore openStore() throws Exception;

    /** Removes what {@link #openStore()} made, after the store is closed. */
    void cleanUp() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        cleanUp();
    }

    @Test
    void countsFromOneForEachTypeYearAndEnterprise() {
        assertThat(store.last(E19)).isZero();
        assertThat(List.of(store.next(E19), store.next(E19), store.next(E19))).containsExactly(1, 2, 3);
        assertThat(store.next(new SerialKey("456500999", "C", 19))).as("another type").isEqualTo(1);
        assertThat(store.next(new SerialKey("456500999", "E", 20))).as("another year").isEqualTo(1);
        assertThat(store.next(new SerialKey("M000100Y4", "E", 19))).as("another enterprise").isEqualTo(1);
        assertThat(store.next(new SerialKey("456500999", "RC", 19))).as("a two-letter type").isEqualTo(1);
        assertThat(store.last(E19)).isEqualTo(3);
        assertThat(store.next(E19)).isEqualTo(4);
    }

    /** The row or record of a new key is created by exactly one of the racing first users. */
    @Test
    void racingFirstUsesOfANewKeyGetOneToEight() throws Exception {
        CyclicBarrier start = new CyclicBarrier(8);
        List<List<Integer>> got = runThreads(8, t -> {
            start.await();
            return List.of(store.next(E19));
        });
        assertThat(flatten(got)).containsExactlyInAnyOrderElementsOf(range(1, 8));
    }

    @Test
    void eightThreadsOfTenThousandOverTenKeysGetDistinctGapFreeSerials() throws Exception {
        int threads = 8;
        int perThread = 10_000;
        List<SerialKey> keys = IntStream.range(0, 10).mapToObj(k -> new SerialKey("45650099" + k, "E", 25)).toList();
        List<Map<SerialKey, List<Integer>>> got = runThreads(threads, t -> {
            Map<SerialKey, List<Integer>> mine = new HashMap<>();
            for (int i = 0; i < perThread; i++) {
                SerialKey key = keys.get((i + t) % keys.size());
                mine.computeIfAbsent(key, k -> new ArrayList<>()).add(store.next(key));
            }
            return mine;
        });
        for (SerialKey key : keys) {
            List<Integer> all = new ArrayList<>();
            got.forEach(m -> all.addAll(m.getOrDefault(key, List.of())));
            Collections.sort(all);
            assertThat(all).as(key.toString()).isEqualTo(range(1, threads * perThread / keys.size()));
            assertThat(store.last(key)).isEqualTo(all.size());
        }
    }

    /** Four-digit serials end at 9999; wrapping to 0001 would repeat a number (DOMAIN §3). */
    @Test
    void handsOutEachOfTheNineThousandNineHundredNinetyNineSerialsOnceThenStaysExhausted() throws Exception {
        List<List<Integer>> got = runThreads(4, t -> {
            List<Integer> mine = new ArrayList<>();
            while (true) {
                try {
                    mine.add(store.next(E19));
                } catch (SerialExhaustedException e) {
                    assertThat(e.key()).isEqualTo(E19);
                    return mine;
                }
            }
        });
        List<Integer> all = flatten(got);
        Collections.sort(all);
        assertThat(all).isEqualTo(range(1, 9999));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> store.next(E19))
                    .isInstanceOf(SerialExhaustedException.class)
                    .hasMessageContaining("type E").hasMessageContaining("year 19")
                    .hasMessageContaining("enterprise 456500999").hasMessageContaining("9999");
        }
        assertThat(store.last(E19)).isEqualTo(9999);
        assertThat(store.next(new SerialKey("456500999", "E", 20))).as("other keys go on").isEqualTo(1);
    }

    interface ThreadBody<T> {
        T run(int thread) throws Exception;
    }

    static <T> List<T> runThreads(int threads, ThreadBody<T> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<T>) () -> body.run(thread)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    static List<Integer> flatten(List<List<Integer>> lists) {
        List<Integer> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }
}
