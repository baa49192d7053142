package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** The JDBC store on embedded H2 2.x, each test on its own in-memory database. */
class JdbcSerialStoreTest extends SerialStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private JdbcConnectionPool pool;

    @Override
    SerialStore openStore() {
        String url = "jdbc:h2:mem:serials" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        return JdbcSerialStore.create(pool).createTableIfMissing();
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
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("table: must be an unquoted SQL name");
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
