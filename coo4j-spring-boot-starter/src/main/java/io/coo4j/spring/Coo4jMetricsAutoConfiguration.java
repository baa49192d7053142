package io.coo4j.spring;

import io.coo4j.client.CooClient;
import io.coo4j.client.CooClientListener;
import io.coo4j.spring.internal.MicrometerClientListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics of the Single Window client, when Micrometer is on the class path and the application has a
 * {@link MeterRegistry} (Actuator makes one): a {@link CooClientListener} bean, {@code coo4jClientMetrics}, that the
 * auto-configured {@link CooClient} tells of its calls. It records
 * <ul>
 *   <li>{@code coo4j.client.calls}, a timer of every call from its start to its end, retries included, tagged
 *       {@code operation} ({@code certificates.declare}), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR},
 *       {@code SERVER_ERROR}, {@code TIMEOUT}, {@code TRANSPORT_ERROR}, {@code UNKNOWN}), {@code status} (the HTTP
 *       status, or {@code NONE} without an answer) and {@code exception} (its simple class name, or {@code none});</li>
 *   <li>{@code coo4j.client.retries}, a counter of retries, tagged {@code operation}.</li>
 * </ul>
 * A bean of the application's named {@code coo4jClientMetrics} replaces it; an application that builds its own
 * {@code CooClient} passes this bean to {@code CooClient.Builder.listener}.
 *
 * @since 0.1
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, CooClient.class})
@ConditionalOnBean(MeterRegistry.class)
public class Coo4jMetricsAutoConfiguration {

    /** Records the client's calls and retries in {@code registry}. */
    @Bean
    @ConditionalOnMissingBean(name = "coo4jClientMetrics")
    public CooClientListener coo4jClientMetrics(MeterRegistry registry) {
        return new MicrometerClientListener(registry);
    }
}
