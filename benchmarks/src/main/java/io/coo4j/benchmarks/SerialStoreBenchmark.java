package io.coo4j.benchmarks;

import io.coo4j.rules.numbering.FileSerialStore;
import io.coo4j.rules.numbering.JdbcSerialStore;
import io.coo4j.rules.numbering.SerialKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue 3, item 5: serials (流水号) per second.
 * <ul>
 *   <li>{@code fileStoreOneThread}: the file store, one fsync per serial; the target is ≥ 1,000/s;</li>
 *   <li>{@code fileStoreEightThreads}: the same store shared by 8 threads, whose fsyncs are grouped;</li>
 *   <li>{@code jdbcH2EightThreads}: the JDBC store on an embedded H2 file database (default settings, which do not
 *       fsync a commit) through H2's connection pool, 8 threads.</li>
 * </ul>
 * A key holds at most 9,999 serials, so the benchmarks move to a new enterprise id every 9,000. Files go to a new
 * folder under {@code java.io.tmpdir}, or under {@code -Dcoo4j.bench.dir=DIR} to measure another disk. The thread
 * counts are set per method: run with {@code java -jar benchmarks/target/benchmarks.jar SerialStoreBenchmark} and no
 * {@code -t} ({@code benchmarks/run.sh} passes {@code -t 1}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SerialStoreBenchmark {
    private static final int PER_KEY = 9_000;

    /** A fresh folder and a rotating key, shared by the threads of one benchmark. */
    public abstract static class Keys {
        private final AtomicLong allocations = new AtomicLong();
        Path dir;

        void createDir() throws IOException {
            Path parent = Path.of(System.getProperty("coo4j.bench.dir", System.getProperty("java.io.tmpdir")));
            dir = Files.createTempDirectory(parent, "coo4j-serials-");
        }

        SerialKey key() {
            long block = allocations.getAndIncrement() / PER_KEY;
            return new SerialKey(Long.toString(100_000_000 + block), "E", 25);
        }

        void deleteDir() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @State(Scope.Benchmark)
    public static class FileStore extends Keys {
        FileSerialStore store;

        @Setup(Level.Trial)
        public void open() throws IOException {
            createDir();
            store = FileSerialStore.open(dir.resolve("serials.log"));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
            deleteDir();
        }
    }

    @State(Scope.Benchmark)
    public static class H2Store extends Keys {
        JdbcConnectionPool pool;
        JdbcSerialStore store;

        @Setup(Level.Trial)
        public void open() throws IOException {
            createDir();
            pool = JdbcConnectionPool.create("jdbc:h2:" + dir.resolve("serials"), "sa", "");
            pool.setMaxConnections(16);
            store = JdbcSerialStore.create(pool).createTableIfMissing();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            pool.dispose();
            deleteDir();
        }
    }

    @Benchmark
    @Threads(1)
    public int fileStoreOneThread(FileStore s) {
        return s.store.next(s.key());
    }

    @Benchmark
    @Threads(8)
    public int fileStoreEightThreads(FileStore s) {
        return s.store.next(s.key());
    }

    @Benchmark
    @Threads(8)
    public int jdbcH2EightThreads(H2Store s) {
        return s.store.next(s.key());
    }
}
