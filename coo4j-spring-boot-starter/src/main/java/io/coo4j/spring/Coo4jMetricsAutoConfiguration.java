package io.coo4j.spring;

import io.coo4j.client.CooClient;
import io.coo4j.client.CooClientListener;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderListener;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationListener;
import io.coo4j.spring.internal.MicrometerClientListener;
import io.coo4j.spring.internal.MicrometerRenderListener;
import io.coo4j.spring.internal.MicrometerValidationListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer metrics of coo4j, when Micrometer is on the class path and the application has a {@link MeterRegistry}
 * (Actuator makes one): listener beans that the auto-configured {@link CooClient}, {@link CertificateValidator} and
 * {@link PdfRenderer} tell of their work. They record
 * <ul>
 *   <li>{@code coo4j.client.calls}, a timer of every call from its start to its end, retries included, tagged
 *       {@code operation} ({@code certificates.declare}), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR},
 *       {@code SERVER_ERROR}, {@code TIMEOUT}, {@code TRANSPORT_ERROR}, {@code UNKNOWN}), {@code status} (the HTTP
 *       status, or {@code NONE} without an answer) and {@code exception} (its simple class name, or {@code none});</li>
 *   <li>{@code coo4j.client.retries}, a counter of retries, tagged {@code operation};</li>
 *   <li>{@code coo4j.validation}, a timer of validations, tagged {@code type} (the certificate type, or
 *       {@code unknown} for one the reference data does not know), {@code purpose} ({@code save}, {@code declare})
 *       and {@code outcome} ({@code valid}, {@code invalid});</li>
 *   <li>{@code coo4j.render}, a timer of PDF renders when sdk-print is on the class path, tagged {@code type},
 *       {@code document} ({@code certificate}, {@code application}, {@code invoice}, {@code slip}) and {@code outcome}
 *       ({@code success}, {@code failure}).</li>
 * </ul>
 * A bean of the application's named {@code coo4jClientMetrics}, {@code coo4jValidationMetrics} or
 * {@code coo4jRenderMetrics} replaces the one of that name; an application that builds its own client, validator or
 * renderer passes the bean to its builder's {@code listener}.
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class Coo4jMetricsAutoConfiguration {
    /** Created by Spring Boot's auto-configuration, never by the application. */
    public Coo4jMetricsAutoConfiguration() {
    }

    /** Records validations in {@code registry}, tagging the types {@code reference} knows. */
    @Bean
    @ConditionalOnMissingBean(name = "coo4jValidationMetrics")
    public ValidationListener coo4jValidationMetrics(MeterRegistry registry, ObjectProvider<ReferenceData> reference) {
        return new MicrometerValidationListener(registry, reference.getIfAvailable(ReferenceData::defaults));
    }

    /** The client's metrics, when sdk-client is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CooClient.class)
    static class Client {
        /** Records the client's calls and retries in {@code registry}. */
        @Bean
        @ConditionalOnMissingBean(name = "coo4jClientMetrics")
        CooClientListener coo4jClientMetrics(MeterRegistry registry) {
            return new MicrometerClientListener(registry);
        }
    }

    /** The renderer's metrics, when sdk-print is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PdfRenderer.class)
    static class Print {
        /** Records renders in {@code registry}, tagging the types {@code reference} knows. */
        @Bean
        @ConditionalOnMissingBean(name = "coo4jRenderMetrics")
        RenderListener coo4jRenderMetrics(MeterRegistry registry, ObjectProvider<ReferenceData> reference) {
            return new MicrometerRenderListener(registry, reference.getIfAvailable(ReferenceData::defaults));
        }
    }
}
