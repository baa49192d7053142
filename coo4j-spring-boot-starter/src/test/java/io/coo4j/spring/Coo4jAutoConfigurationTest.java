package io.coo4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.client.exchange.FileExchange;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.PdfRenderer;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.InMemorySerialStore;
import io.coo4j.rules.numbering.JdbcSerialStore;
import io.coo4j.rules.numbering.SerialStore;
import io.coo4j.rules.origin.OriginEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which beans the starter contributes, by property, class path and the application's own beans. */
class Coo4jAutoConfigurationTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Coo4jAutoConfiguration.class));

    @Test
    void withNoPropertiesWiresTheOfflineBeansOnly() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(DataPack.class).hasSingleBean(ReferenceData.class)
                    .hasSingleBean(CertificateValidator.class).hasSingleBean(OriginEngine.class)
                    .hasSingleBean(PdfRenderer.class)
                    .doesNotHaveBean(CooClient.class).doesNotHaveBean(FileExchange.class)
                    .doesNotHaveBean(SerialStore.class).doesNotHaveBean(CertificateNumberGenerator.class);
            assertThat(context.getBean(DataPack.class).folder()).as("no pack named").isEmpty();
        });
    }

    @Test
    void numbersOnTheApplicationsDataSourceWhenItHasOne() {
        runner.withUserConfiguration(H2.class).run(context -> {
            assertThat(context).getBean(SerialStore.class).isInstanceOf(JdbcSerialStore.class);
            CertificateNumberGenerator numbers = context.getBean(CertificateNumberGenerator.class);
            assertThat(numbers.next("E", 25, "456500999").toString()).endsWith("0001");
            assertThat(numbers.next("E", 25, "456500999").toString()).endsWith("0002");
        });
    }

    @Test
    void aNamedStoreNeedsNoDataSource(@TempDir Path dir) {
        runner.withPropertyValues("coo4j.serials.store=memory").run(context ->
                assertThat(context).getBean(SerialStore.class).isInstanceOf(InMemorySerialStore.class));
        runner.withPropertyValues("coo4j.serials.store=file", "coo4j.serials.file=" + dir.resolve("serials.log"))
                .run(context -> assertThat(context.getBean(CertificateNumberGenerator.class)
                        .next("E", 25, "456500999").toString()).endsWith("0001"));
    }

    @Test
    void theClientAndTheFileExchangeAppearWhenTheirSettingsDo(@TempDir Path dir) {
        runner.withPropertyValues("coo4j.client.endpoint=http://127.0.0.1:1/v1", "coo4j.client.token=t0ken",
                "coo4j.exchange.folder=" + dir).run(context ->
                assertThat(context).hasSingleBean(CooClient.class).hasSingleBean(FileExchange.class));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        runner.withUserConfiguration(OwnBeans.class).withPropertyValues("coo4j.serials.store=jdbc").run(context -> {
            assertThat(context.getBean(CertificateValidator.class)).isSameAs(OwnBeans.VALIDATOR);
            assertThat(context.getBean(SerialStore.class)).isSameAs(OwnBeans.STORE);
            assertThat(context).hasSingleBean(CertificateNumberGenerator.class);
        });
    }

    @Test
    void withoutPrintOrClientOnTheClassPathThoseBeansAreAbsent() {
        runner.withClassLoader(new FilteredClassLoader(PdfRenderer.class, CooClient.class))
                .withPropertyValues("coo4j.client.endpoint=http://127.0.0.1:1/v1", "coo4j.client.token=t0ken")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("coo4jPdfRenderer")
                        .doesNotHaveBean("coo4jClient").hasSingleBean(CertificateValidator.class));
    }

    @Test
    void theHealthComponentReportsTheTablesAndAnUnreachableEndpointAsDown() throws Exception {
        try (java.net.ServerSocket open = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            runner.withPropertyValues("coo4j.client.endpoint=http://127.0.0.1:" + open.getLocalPort() + "/v1",
                    "coo4j.client.token=t0ken").run(context -> {
                        Health health = context.getBean("coo4jHealthIndicator", HealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.UP);
                        assertThat(health.getDetails()).containsEntry("dataPack", "none")
                                .containsEntry("endpointReachable", true);
                    });
        }
        runner.withPropertyValues("coo4j.client.endpoint=http://127.0.0.1:1/v1", "coo4j.client.token=t0ken")
                .run(context -> assertThat(context.getBean("coo4jHealthIndicator", HealthIndicator.class).health()
                        .getStatus()).isEqualTo(Status.DOWN));
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("coo4jHealthIndicator"));
    }

    /** A duration with a default is never null, as its type says: an empty value binds nothing, the default stays. */
    @Test
    void anEmptyDurationLeavesTheDefault() {
        runner.withPropertyValues("coo4j.client.connect-timeout=", "coo4j.client.retry.initial-backoff=")
                .run(context -> {
                    Coo4jProperties.Client client = context.getBean(Coo4jProperties.class).getClient();
                    assertThat(client.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(client.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(200));
                });
    }

    @Test
    void badSettingsFailStartUpNamingTheProperty(@TempDir Path dir) {
        failsNaming("coo4j.client.endpoint", "coo4j.client.endpoint=ftp://gateway.example.com",
                "coo4j.client.token=t0ken");
        failsNaming("coo4j.client.endpoint", "coo4j.client.endpoint=http://gateway.example.com/v1",
                "coo4j.client.token=t0ken");
        failsNaming("coo4j.client.token", "coo4j.client.endpoint=http://127.0.0.1:1/v1");
        failsNaming("coo4j.client.read-timeout", "coo4j.client.endpoint=http://127.0.0.1:1/v1",
                "coo4j.client.token=t0ken", "coo4j.client.read-timeout=soon");
        failsNaming("coo4j.client.read-timeout", "coo4j.client.endpoint=http://127.0.0.1:1/v1",
                "coo4j.client.token=t0ken", "coo4j.client.read-timeout=-1s");
        failsNaming("coo4j.client.retry.max-attempts", "coo4j.client.endpoint=http://127.0.0.1:1/v1",
                "coo4j.client.token=t0ken", "coo4j.client.retry.max-attempts=0");
        failsNaming("coo4j.serials.store", "coo4j.serials.store=paper");
        failsNaming("coo4j.serials.store", "coo4j.serials.store=jdbc");
        failsNaming("coo4j.serials.file", "coo4j.serials.store=file");
        failsNaming("coo4j.data", "coo4j.data=" + dir.resolve("no-such-pack"));
        failsNaming("coo4j.print.font", "coo4j.print.font=" + dir.resolve("no-such-font.ttf"));
        runner.withUserConfiguration(H2.class).withPropertyValues("coo4j.serials.table=serials; DROP TABLE x")
                .run(context -> assertThat(context).getFailure().satisfies(failure -> assertThat(messages(failure))
                        .contains("configuration: coo4j.serials.table: table must be an unquoted SQL name")));
    }

    private void failsNaming(String property, String... settings) {
        runner.withPropertyValues(settings).run(context -> assertThat(context).as(String.join(", ", settings))
                .getFailure().satisfies(failure -> assertThat(messages(failure)).contains(property)));
    }

    /** Spring's own binding errors name the property in an outer exception, coo4j's in the root cause: both count. */
    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Configuration(proxyBeanMethods = false)
    static class H2 {
        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:starter" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final CertificateValidator VALIDATOR = CertificateValidator.defaults();
        static final SerialStore STORE = new InMemorySerialStore();

        @Bean
        CertificateValidator myValidator() {
            return VALIDATOR;
        }

        @Bean
        SerialStore myStore() {
            return STORE;
        }
    }
}
