package io.coo4j.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.coo4j.client.CooClient;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.testing.TestPostgres;
import io.coo4j.rules.numbering.CertificateNumber;
import io.coo4j.testkit.SampleData;
import io.coo4j.testkit.Sandbox;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample started as {@code java -jar} starts it, with its {@code draft.json} to declare, on a real PostgreSQL
 * ({@link TestPostgres}) and the Single Window sandbox; only the addresses differ from {@code application.yml}.
 */
class SampleApplicationTest {
    private final String table = "coo4j_serial_sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void declaresCertificatesNumberedFromThePostgresTable() throws Exception {
        Path file = Path.of("draft.json");
        assertThat(CooJson.strict().readCertificate(file)).as(file + " is the sandbox's sample, without a number")
                .isEqualTo(SampleData.certificate());
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(100)).start();
             ConfigurableApplicationContext app = SpringApplication.run(SampleApplication.class,
                     "--spring.datasource.url=" + TestPostgres.url(),
                     "--spring.datasource.username=", "--spring.datasource.password=", // both in the URL
                     "--coo4j.client.endpoint=" + sandbox.endpoint(), "--coo4j.client.token=" + sandbox.token(),
                     "--coo4j.serials.table=" + table,
                     file.toString())) {
            DataSource db = app.getBean(DataSource.class);
            try (Connection c = db.getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            }
            assertThat(lastSerial(db)).as("the file on the command line was declared at start-up").isEqualTo(1);

            DeclarationService declarations = app.getBean(DeclarationService.class);
            CertificateNumber first = number(declarations.declare(SampleData.certificate()));
            CertificateRecord declared = declarations.declare(SampleData.certificate());
            CertificateNumber second = number(declared);
            assertThat(declared.state()).isEqualTo(CertificateState.SENT);
            assertThat(second).isNotEqualTo(first);
            assertThat(first.key()).isEqualTo(second.key());
            assertThat(first.serial()).isEqualTo(2);
            assertThat(second.serial()).isEqualTo(3).as("the table's counter").isEqualTo(lastSerial(db));

            CertificateRecord approved = app.getBean(CooClient.class).certificates()
                    .awaitStatus(second.format(), CertificateState.APPROVED, Duration.ofSeconds(30));
            assertThat(approved.certificate().number()).isEqualTo(second.format());

            Certificate bad = SampleData.certificate().toBuilder().destinationCountry("XX").build();
            assertThatThrownBy(() -> declarations.declare(bad)).isInstanceOf(DeclarationService.RefusedException.class)
                    .hasMessageContaining("destinationCountry");
            assertThat(lastSerial(db)).as("a refused certificate uses up no number").isEqualTo(3);
        } finally {
            try (HikariDataSource admin = TestPostgres.pool(1); Connection c = admin.getConnection();
                 Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private static CertificateNumber number(CertificateRecord declared) {
        return CertificateNumber.parse(declared.certificate().number());
    }

    /** The counter of the sample certificate's key (E, 2025, 456500999), read straight from the table. */
    private int lastSerial(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT last_serial FROM "
                + table + " WHERE enterprise_id = '456500999' AND cert_type = 'E' AND cert_year = 25");
             ResultSet r = s.executeQuery()) {
            assertThat(r.next()).as("a row for the key").isTrue();
            return r.getInt(1);
        }
    }
}
