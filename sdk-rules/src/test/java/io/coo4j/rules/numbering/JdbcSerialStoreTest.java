package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store on embedded H2 2.x, each test on its own in-memory database, its connections watched for the
 * transactions the store opens.
 */
class JdbcSerialStoreTest extends SerialStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private JdbcConnectionPool pool;
    /** How often the store turned auto-commit off: the transactions it opened. */
    private final AtomicInteger transactions = new AtomicInteger();
    /** Whether the driver's generated keys come back empty. */
    private volatile boolean valuesWithheld;

    @Override
    SerialStore openStore() {
        String url = "jdbc:h2:mem:serials" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        return JdbcSerialStore.create(watched(pool)).createTableIfMissing();
    }

    /** The database product the connections name; null: H2's own name. */
    String productName() {
        return null;
    }

    /** Transactions for three draws of a new key: H2's driver returns an UPDATE's value, so only the first use's insert. */
    int transactionsForThreeDraws() {
        return 1;
    }

    @Test
    void opensATransactionOnlyWhereOneStatementCannotDoIt() {
        for (int i = 1; i <= 3; i++) {
            assertThat(store.next(E19)).isEqualTo(i);
        }
        assertThat(transactions).hasValue(transactionsForThreeDraws());
    }

    /** A driver that should hand back an UPDATE's value but does not: one serial lost, then transactions. */
    @Test
    void aDriverThatHandsBackNoValueCostsOneSerialThenTransactionsTakeOver() {
        assumeTrue(productName() == null, "only where the store expects the value back");
        assertThat(store.next(E19)).isEqualTo(1);
        valuesWithheld = true;
        assertThat(store.next(E19)).as("2 was committed but not handed back: a gap").isEqualTo(3);
        assertThat(store.next(E19)).isEqualTo(4);
        assertThat(transactions).as("the first use's, then one per draw").hasValue(3);
    }

    private DataSource watched(DataSource source) {
        return proxy(DataSource.class, source, (method, args, connection) -> !method.getName().equals("getConnection")
                ? connection : proxy(Connection.class, (Connection) connection, (call, callArgs, result) -> {
                    if (call.getName().equals("setAutoCommit") && !(Boolean) callArgs[0]) {
                        transactions.incrementAndGet();
                    }
                    if (call.getName().equals("prepareStatement") && callArgs.length == 2 && valuesWithheld) {
                        return proxy(PreparedStatement.class, (PreparedStatement) result, (on, onArgs, keys) ->
                                !on.getName().equals("getGeneratedKeys") ? keys : proxy(ResultSet.class,
                                        (ResultSet) keys, (row, rowArgs, more) -> row.getName().equals("next") ? false : more));
                    }
                    return !call.getName().equals("getMetaData") || productName() == null ? result
                            : proxy(DatabaseMetaData.class, (DatabaseMetaData) result, (info, infoArgs, value) ->
                                    info.getName().equals("getDatabaseProductName") ? productName() : value);
                }));
    }

    /** What a proxied call returns, given what the target returned. */
    private interface Returning {
        Object apply(Method method, Object[] args, Object result);
    }

    /** {@code target} as a {@code type} whose results pass through {@code returning}; exceptions pass unchanged. */
    private static <T> T proxy(Class<T> type, T target, Returning returning) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return returning.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Override
    void cleanUp() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        pool.dispose();
    }

    @Test
    void keepsOneRowPerKeyWithTheLastSerial() throws Exception {
        store.next(E19);
        store.next(E19);
        store.next(new SerialKey("456500999", "C", 19));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT enterprise_id, cert_type, cert_year, last_serial FROM coo4j_serial"
                     + " ORDER BY cert_type")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(2) + r.getInt(3) + ":" + r.getInt(4)).isEqualTo("C19:1");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1) + " " + r.getString(2) + r.getInt(3) + ":" + r.getInt(4))
                    .isEqualTo("456500999 E19:2");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void creatingTheTableTwiceIsHarmlessAndAnotherTableIsSeparate() {
        JdbcSerialStore.create(pool).createTableIfMissing();
        JdbcSerialStore other = JdbcSerialStore.create(pool, "public.other_serials").createTableIfMissing();
        store.next(E19);
        assertThat(other.next(E19)).isEqualTo(1);
        assertThat(store.next(E19)).isEqualTo(2);
    }

    @Test
    void leavesTheConnectionsAutoCommitAsItWas() throws Exception {
        store.next(E19);
        try (Connection c = pool.getConnection()) {
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void refusesATableNameThatIsNotAPlainSqlName() {
        assertThatThrownBy(() -> JdbcSerialStore.create(pool, "serials; DROP TABLE x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("JdbcSerialStore: table must be an unquoted SQL name");
        assertThat(JdbcSerialStore.ddl("coo4j_serial")).startsWith("CREATE TABLE IF NOT EXISTS coo4j_serial (");
    }

    @Test
    void reportsAMissingTableAsACooExceptionNamingIt() {
        SerialStore missing = JdbcSerialStore.create(pool, "no_such_table");
        assertThatThrownBy(() -> missing.next(E19))
                .isInstanceOf(CooException.class).hasMessageContaining("no_such_table")
                .hasMessageContaining("type E, year 19, enterprise 456500999");
    }
}
