package io.coo4j.rules.numbering;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SerialStore} in a table of the application's database, reached through a {@link DataSource}: the
 * production choice when several machines issue numbers.
 * Source: 001 ch.4; docs/domain.md, "Certificate numbers".
 *
 * <p><b>Table.</b> One row per key, holding the last serial handed out ({@link #ddl(String)}; create it with
 * {@link #createTableIfMissing()} or your migration tool). The DDL is plain SQL that H2 2.x and PostgreSQL accept:
 * <pre>
 * CREATE TABLE IF NOT EXISTS coo4j_serial (
 *   enterprise_id VARCHAR(9) NOT NULL,
 *   cert_type     VARCHAR(2) NOT NULL,
 *   cert_year     SMALLINT   NOT NULL,
 *   last_serial   SMALLINT   NOT NULL,
 *   PRIMARY KEY (enterprise_id, cert_type, cert_year),
 *   CHECK (cert_year BETWEEN 0 AND 99),
 *   CHECK (last_serial BETWEEN 1 AND 9999))
 * </pre>
 *
 * <p><b>Allocation.</b> On PostgreSQL and H2, one statement in auto-commit: {@code UPDATE … SET last_serial =
 * last_serial + 1 WHERE <key> AND last_serial < 9999}, whose new value the driver hands back (JDBC generated keys;
 * PostgreSQL's driver adds {@code RETURNING last_serial}), so that the row lock is held for that statement and its commit
 * only, one round trip. When no row was updated, and on other databases, in one transaction: the same {@code UPDATE},
 * which takes the row lock, then the new value is read back and committed. When no row was updated, the row is either
 * at 9999 ({@link SerialExhaustedException}) or missing, and is inserted with 1; if a concurrent first use inserted it
 * first (a duplicate-key error), the transaction is rolled back and the allocation starts again. Serialization failures
 * and deadlocks (SQLState 40001, 40P01), lock timeouts and lost connections are retried the same way, a bounded number
 * of times ({@link #last} retries a lost connection too). This works at READ COMMITTED and every stricter isolation
 * level.
 *
 * <p><b>Durability</b> is the database's durability of a commit: {@link #next} returns after the commit.
 * PostgreSQL with its defaults ({@code fsync} and {@code synchronous_commit} on) flushes its WAL before the commit
 * returns, so a returned serial survives a crash of the process or the machine. H2 2.x writes committed changes to
 * its file in the background ({@code WRITE_DELAY}, 500 ms by default) and never forces the file at a commit. Measured
 * here with an H2 file database: a process killed after handing out serial 1054 came back at 432, and would have
 * handed out 433–1054 again. With {@code ;WRITE_DELAY=0} in the URL no killed process lost a serial, but a power loss
 * still can. Use H2 for tests and for tools whose numbers are not declared, or use {@link FileSerialStore}, which
 * forces every serial.
 *
 * <p>Thread-safe: every call borrows its own connection and returns it; the connection's auto-commit mode is
 * restored. Failures are {@link CooException}s carrying the {@link SQLException}.
 *
 * @since 0.1
 */
public final class JdbcSerialStore implements SerialStore {
    /** The table name used when none is given. */
    public static final String DEFAULT_TABLE = "coo4j_serial";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    private static final int MAX_ATTEMPTS = 20;
    private static final String WHERE = " WHERE enterprise_id = ? AND cert_type = ? AND cert_year = ?";
    private static final String[] RETURNED = {"last_serial"};
    /** What work on a connection returns when it lost a race and must be redone on a fresh one. */
    private static final int AGAIN = -1;

    private final DataSource dataSource;
    private final String table;
    private final String update;
    private final String select;
    private final String insert;
    /** Whether the database's driver hands back the value an UPDATE set; learnt from the first connection. */
    private volatile Boolean updateReturnsValue;

    private JdbcSerialStore(DataSource dataSource, String table) {
        this.dataSource = InvalidInputException.requireArgument(dataSource, "JdbcSerialStore.create", "dataSource");
        this.table = checkedName(table);
        this.update = "UPDATE " + table + " SET last_serial = last_serial + 1" + WHERE + " AND last_serial < "
                + CertificateNumber.MAX_SERIAL;
        this.select = "SELECT last_serial FROM " + table + WHERE;
        this.insert = "INSERT INTO " + table + " (enterprise_id, cert_type, cert_year, last_serial)"
                + " VALUES (?, ?, ?, 1)";
    }

    /** A store on the table {@value #DEFAULT_TABLE}. */
    public static JdbcSerialStore create(DataSource dataSource) {
        return create(dataSource, DEFAULT_TABLE);
    }

    /**
     * A store on {@code table}: an unquoted SQL name, optionally schema-qualified ({@code app.coo4j_serial}); it is
     * put into SQL text, so anything else is refused.
     */
    public static JdbcSerialStore create(DataSource dataSource, String table) {
        return new JdbcSerialStore(dataSource, table);
    }

    /** The {@code CREATE TABLE IF NOT EXISTS} statement for {@code table} (see the class comment). */
    public static String ddl(String table) {
        InvalidInputException.requireArgument(table, "JdbcSerialStore.ddl", "table");
        return "CREATE TABLE IF NOT EXISTS " + checkedName(table) + " ("
                + "enterprise_id VARCHAR(9) NOT NULL, "
                + "cert_type VARCHAR(2) NOT NULL, "
                + "cert_year SMALLINT NOT NULL, "
                + "last_serial SMALLINT NOT NULL, "
                + "PRIMARY KEY (enterprise_id, cert_type, cert_year), "
                + "CHECK (cert_year BETWEEN 0 AND 99), "
                + "CHECK (last_serial BETWEEN 1 AND " + CertificateNumber.MAX_SERIAL + "))";
    }

    /** Creates the table unless it exists; for applications without a migration tool. Returns this store. */
    public JdbcSerialStore createTableIfMissing() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl(table));
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return this;
        } catch (SQLException e) {
            throw new CooException(table + ": cannot create the serial table: " + e.getMessage(), e);
        }
    }

    @Override
    public int next(SerialKey key) {
        InvalidInputException.requireArgument(key, "JdbcSerialStore.next", "key");
        return retrying("allocate a serial for", key, c -> {
            int serial = updateReturnsValue(c) ? incrementAlone(c, key) : 0;
            return serial > 0 ? serial : inTransaction(c, key);
        });
    }

    /** Read on a connection of its own; a lost connection is retried as an allocation is. */
    @Override
    public int last(SerialKey key) {
        InvalidInputException.requireArgument(key, "JdbcSerialStore.last", "key");
        return retrying("read the serial of", key, c -> read(c, key));
    }

    /** Work on one borrowed connection: its result, or {@link #AGAIN} when it lost a race and must be redone. */
    @FunctionalInterface
    private interface Work {
        int on(Connection c) throws SQLException;
    }

    /** Does {@code work} on a fresh connection until it neither loses a race nor fails in a way worth retrying. */
    private int retrying(String what, SerialKey key, Work work) {
        SQLException lastFailure = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                int result = work.on(c);
                if (result != AGAIN) {
                    return result;
                }
            } catch (SQLException e) {
                if (!retryable(e)) {
                    throw new CooException(table + ": cannot " + what + " " + key + ": " + e.getMessage(), e);
                }
                lastFailure = e;
            }
            // Lost a race: back off a little at random so that the same transactions do not collide again.
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(attempt * 200_000L));
        }
        throw new CooException(table + ": gave up trying to " + what + " " + key + " after " + MAX_ATTEMPTS
                + " attempts that conflicted or lost their connection"
                + (lastFailure == null ? "" : ": " + lastFailure.getMessage()), lastFailure);
    }

    /**
     * The allocation of an existing key below 9999 in one auto-committed statement: the committed serial, or 0 when
     * no row was updated (a first use, or the key is exhausted) or the driver did not hand the value back.
     */
    private int incrementAlone(Connection c, SerialKey key) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (PreparedStatement s = c.prepareStatement(update, RETURNED)) {
            bind(s, key);
            if (s.executeUpdate() == 0) {
                return 0;
            }
            try (ResultSet r = s.getGeneratedKeys()) {
                if (r.next()) {
                    return r.getInt(1);
                }
            }
            // A driver that does not return it after all: that serial is a gap, and transactions take over for good.
            updateReturnsValue = false;
            return 0;
        } finally {
            restore(c, autoCommit);
        }
    }

    /** PostgreSQL's and H2's drivers return an UPDATE's new values as generated keys (both tested); others may not. */
    private boolean updateReturnsValue(Connection c) throws SQLException {
        Boolean known = updateReturnsValue;
        if (known == null) {
            String product = c.getMetaData().getDatabaseProductName();
            known = "PostgreSQL".equals(product) || "H2".equals(product);
            updateReturnsValue = known;
        }
        return known;
    }

    /** One allocation in its own transaction: the committed serial, or {@link #AGAIN}. */
    private int inTransaction(Connection c, SerialKey key) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int serial = allocate(c, key);
            if (serial != AGAIN) {
                c.commit();
                return serial;
            }
            c.rollback();
            return AGAIN;
        } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
        } finally {
            restore(c, autoCommit);
        }
    }

    /** One attempt in an open transaction: the serial, or {@link #AGAIN} when a concurrent first use won. */
    private int allocate(Connection c, SerialKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(update)) {
            bind(s, key);
            if (s.executeUpdate() == 1) {
                return read(c, key);
            }
        }
        int current = read(c, key);
        if (current >= CertificateNumber.MAX_SERIAL) {
            throw new SerialExhaustedException(key);
        }
        if (current > 0) {
            // Inserted and committed by someone else between the UPDATE and the SELECT.
            return AGAIN;
        }
        try (PreparedStatement s = c.prepareStatement(insert)) {
            bind(s, key);
            s.executeUpdate();
            return 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // Integrity violation: another transaction inserted the same key first.
                return AGAIN;
            }
            throw e;
        }
    }

    private int read(Connection c, SerialKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select)) {
            bind(s, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement s, SerialKey key) throws SQLException {
        s.setString(1, key.enterpriseId());
        s.setString(2, key.type());
        s.setInt(3, key.year());
    }

    /**
     * Whether a new transaction may succeed where this one failed. Besides conflicts, a lost connection (SQLState
     * class 08, or 57P01 when an administrator or a failover terminated the backend) is retried on a fresh connection:
     * if the failure came after the server committed, the serial is skipped (a gap), never handed out twice, because
     * the retry increments the committed value.
     */
    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException || "40001".equals(state) || "40P01".equals(state)
                || "57P01".equals(state) || state != null && state.startsWith("08");
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // The connection is being given back; a pool resets it, and the allocation's outcome stands either way.
        }
    }

    private static String checkedName(@Nullable String table) {
        if (table == null || !NAME.matcher(table).matches()) {
            // The location stays empty: the problem names the table, and the starter names the property it came from.
            throw new InvalidInputException("JdbcSerialStore", "", "table must be an unquoted SQL name such as"
                    + " coo4j_serial or app.coo4j_serial, got " + (table == null ? "null" : "\"" + table + "\""));
        }
        return table;
    }
}
