package io.coo4j.rules.numbering;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The JDBC store on a real PostgreSQL, each test on its own table (dropped afterwards). Runs only when
 * {@code COO4J_TEST_POSTGRES_URL} holds a JDBC URL with credentials, e.g.
 * {@code jdbc:postgresql://localhost:5432/coo4j?user=coo4j&password=secret}, and the PostgreSQL driver
 * ({@code org.postgresql:postgresql}) is on the test class path.
 */
@EnabledIfEnvironmentVariable(named = "COO4J_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "COO4J_TEST_POSTGRES_URL is not set: the PostgreSQL serial store test is skipped")
class PostgresSerialStoreTest extends SerialStoreContract {
    private final UrlDataSource dataSource = new UrlDataSource(System.getenv("COO4J_TEST_POSTGRES_URL"));
    private String table;

    @Override
    SerialStore openStore() {
        table = "coo4j_serial_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return JdbcSerialStore.create(dataSource, table).createTableIfMissing();
    }

    @Override
    void cleanUp() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
        dataSource.closeAll();
    }

    /**
     * Connections from {@link DriverManager}, kept for reuse: a new PostgreSQL connection per serial would measure
     * the server's fork, not the store. Enough for a test, and no pool library to depend on.
     */
    private static final class UrlDataSource implements DataSource {
        private final String url;
        private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

        UrlDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = idle.poll();
            if (real == null) {
                try {
                    real = DriverManager.getConnection(url);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + " (is org.postgresql:postgresql on the test class path?)",
                            e.getSQLState(), e);
                }
            }
            Connection connection = real;
            AtomicBoolean returned = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (!returned.getAndSet(true)) {
                                idle.add(connection);
                            }
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        void closeAll() throws SQLException {
            for (Connection c = idle.poll(); c != null; c = idle.poll()) {
                c.close();
            }
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException("the URL carries the credentials");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setLoginTimeout(int seconds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
