package io.coo4j.spring.boot35;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.print.PdfRenderer;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationPurpose;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.JdbcSerialStore;
import io.coo4j.rules.numbering.SerialStore;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.spring.Coo4jAutoConfiguration;
import io.coo4j.testkit.SampleData;
import io.coo4j.testkit.Sandbox;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter's auto-configuration, built against Spring Boot 4, in a context of Spring Boot 3.5 (Spring Framework
 * 6.2) with the library versions Boot 3.5 manages (Jackson 2.19, Kotlin 1.9 under OkHttp, HikariCP 6, H2 2.3): what an
 * application on Boot 3.5 that adds the starter gets.
 */
class StarterOnBoot35Test {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, Coo4jAutoConfiguration.class));

    @Test
    void theOfflineBeansValidateOnBoot35() {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        runner.run(context -> {
            assertThat(context).hasSingleBean(DataPack.class).hasSingleBean(OriginEngine.class)
                    .hasSingleBean(PdfRenderer.class).doesNotHaveBean(CooClient.class);
            assertThat(context.getBean(CertificateValidator.class)
                    .validate(SampleData.certificate(), ValidationPurpose.SAVE).valid()).isTrue();
        });
    }

    /** Boot 3.5's DataSource auto-configuration (another class name than Boot 4's) runs first, as the starter asks. */
    @Test
    void numbersOnTheDataSourceBoot35Configures() {
        String table = "serials_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + table, "coo4j.serials.table=" + table)
                .run(context -> {
                    assertThat(context).getBean(SerialStore.class).isInstanceOf(JdbcSerialStore.class);
                    CertificateNumberGenerator numbers = context.getBean(CertificateNumberGenerator.class);
                    assertThat(numbers.next("E", 25, "456500999").format()).isEqualTo("E254565009990001");
                    assertThat(numbers.next("E", 25, "456500999").format()).isEqualTo("E254565009990002");
                    assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                            .queryForObject("SELECT last_serial FROM " + table, Integer.class)).isEqualTo(2);
                });
    }

    /** The client (OkHttp 5, here on Boot 3.5's Kotlin standard library, and Jackson 2.19) declares to the sandbox. */
    @Test
    void theConfiguredClientDeclares() {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            runner.withPropertyValues("coo4j.client.endpoint=" + sandbox.endpoint(),
                    "coo4j.client.token=" + sandbox.token(), "coo4j.client.read-timeout=10s").run(context -> {
                        CertificateRecord declared = context.getBean(CooClient.class).certificates()
                                .declare(SampleData.certificate());
                        assertThat(declared.state()).isEqualTo(CertificateState.SENT);
                        assertThat(declared.certificate().number()).startsWith("E25456500999");
                    });
        }
    }

    @Test
    void aBadSettingFailsStartUpNamingTheProperty() {
        runner.withPropertyValues("coo4j.client.endpoint=http://127.0.0.1:1/v1", "coo4j.client.token=t0ken",
                        "coo4j.client.read-timeout=soon")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("coo4j.client.read-timeout"));
        runner.withPropertyValues("coo4j.serials.store=file")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("configuration: coo4j.serials.file: required when coo4j.serials.store=file"));
    }

    /** Boot 3.5's Actuator has its health API in another package: the coo4j health component is left out, quietly. */
    @Test
    void withBoot35sActuatorTheHealthComponentIsAbsent() {
        assertThat(HealthIndicator.class.getName()).startsWith("org.springframework.boot.actuate.");
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("coo4jHealthIndicator"));
    }
}
