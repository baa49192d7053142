package io.coo4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.print.DocumentKind;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.PrintMode;
import io.coo4j.print.RenderListener;
import io.coo4j.print.RenderOptions;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationListener;
import io.coo4j.rules.ValidationPurpose;
import io.coo4j.spring.Coo4jMetricsAutoConfigurationTest.Registry;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The validator's and the renderer's timers: recorded through the auto-configured beans, absent without Micrometer. */
class Coo4jTimingMetricsTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Coo4jAutoConfiguration.class, Coo4jMetricsAutoConfiguration.class))
            .withPropertyValues("coo4j.print.font=standard");
    private final Certificate e = CooJson.strict()
            .readCertificate(GeneratedFiles.projectRoot().resolve("samples/certificates/E.json"));

    @Test
    void validationsAndRendersAreTimedWithBoundedTags() {
        runner.withUserConfiguration(Registry.class).run(context -> {
            CertificateValidator validator = context.getBean(CertificateValidator.class);
            validator.validate(e);
            validator.validate(e.toBuilder().category(null).build(), ValidationPurpose.SAVE); // a draft needs its category
            validator.validate(e.toBuilder().type("ZZ").build());
            PdfRenderer renderer = context.getBean(PdfRenderer.class);
            renderer.render(e, RenderOptions.defaults());
            RenderOptions overlay = RenderOptions.builder().mode(PrintMode.OVERLAY).build();
            assertThatThrownBy(() -> renderer.render(e, DocumentKind.INVOICE, overlay))
                    .isInstanceOf(InvalidInputException.class);

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("coo4j.validation").tags("type", "E", "purpose", "declare", "outcome", "valid")
                    .timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(registry.get("coo4j.validation").tags("type", "E", "purpose", "save", "outcome", "invalid")
                    .timer().count()).isEqualTo(1);
            assertThat(registry.get("coo4j.validation").tags("type", "unknown", "outcome", "invalid").timer().count())
                    .isEqualTo(1);
            assertThat(registry.get("coo4j.render").tags("type", "E", "document", "certificate", "outcome", "success")
                    .timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(registry.get("coo4j.render").tags("type", "E", "document", "invoice", "outcome", "failure")
                    .timer().count()).isEqualTo(1);
        });
    }

    @Test
    void theApplicationsListenersAreToldToo() {
        runner.withUserConfiguration(Registry.class, Own.class).run(context -> {
            context.getBean(CertificateValidator.class).validate(e);
            context.getBean(PdfRenderer.class).render(e, RenderOptions.defaults());
            assertThat(Own.HEARD).containsExactly("validated E", "rendered E CERTIFICATE");
            assertThat(context.getBean(MeterRegistry.class).get("coo4j.validation").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void withoutMicrometerOrARegistryThereAreNoTimersAndTheBeansStillWork() {
        runner.withUserConfiguration(Registry.class).withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("coo4jValidationMetrics")
                            .doesNotHaveBean("coo4jRenderMetrics");
                    assertThat(context.getBean(CertificateValidator.class).validate(e).valid()).isTrue();
                });
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ValidationListener.class)
                .doesNotHaveBean(RenderListener.class));
    }

    @Test
    void withoutSdkPrintValidationsAreStillTimed() {
        runner.withUserConfiguration(Registry.class).withClassLoader(new FilteredClassLoader(PdfRenderer.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("coo4jRenderMetrics").hasBean("coo4jValidationMetrics");
                    context.getBean(CertificateValidator.class).validate(e);
                    assertThat(context.getBean(MeterRegistry.class).get("coo4j.validation").timer().count()).isEqualTo(1);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Own {
        static final List<String> HEARD = new CopyOnWriteArrayList<>();

        @Bean
        ValidationListener audit() {
            return (type, purpose, valid, errors, duration) -> HEARD.add("validated " + type);
        }

        @Bean
        ValidationListener failing() {
            return (type, purpose, valid, errors, duration) -> {
                throw new IllegalStateException("down");
            };
        }

        @Bean
        RenderListener printed() {
            return (type, kind, failure, duration) -> HEARD.add("rendered " + type + " " + kind);
        }
    }
}
