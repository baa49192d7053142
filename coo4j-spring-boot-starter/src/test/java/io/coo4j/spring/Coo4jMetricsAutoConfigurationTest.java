package io.coo4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.coo4j.client.CallInfo;
import io.coo4j.client.CooClient;
import io.coo4j.client.CooClientListener;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.TokenSupplier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client's Micrometer metrics: present with a registry, absent without Micrometer, replaceable. */
class Coo4jMetricsAutoConfigurationTest {
    private static final String NUMBER = "E254565009990001";
    private static final String STATUS = "{\"number\":\"" + NUMBER + "\",\"state\":\"APPROVED\","
            + "\"updatedAt\":\"2025-10-02T08:00:00Z\",\"reasons\":[]}";

    /** A scripted gateway: answers in order, and remembers each request's Authorization and User-Agent. */
    private HttpServer gateway;
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/v1/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            int status;
            synchronized (statuses) {
                status = statuses.isEmpty() ? 200 : statuses.poll();
            }
            byte[] body = (status == 200 ? STATUS : "{\"code\":\"C\",\"message\":\"m\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        gateway.start();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Coo4jAutoConfiguration.class, Coo4jMetricsAutoConfiguration.class))
                .withPropertyValues("coo4j.client.endpoint=http://127.0.0.1:" + gateway.getAddress().getPort() + "/v1",
                        "coo4j.client.retry.initial-backoff=1ms", "coo4j.client.retry.max-backoff=5ms");
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    private void answer(int... codes) {
        synchronized (statuses) {
            for (int code : codes) {
                statuses.add(code);
            }
        }
    }

    @Test
    void callsRetriesAndFailuresAreMeteredByOperation() {
        answer(503, 200, 404);
        runner.withUserConfiguration(Registry.class).withPropertyValues("coo4j.client.token=t0ken").run(context -> {
            CooClient client = context.getBean(CooClient.class);
            client.certificates().status(NUMBER);
            assertThatThrownBy(() -> client.certificates().get(NUMBER)).isInstanceOf(NotFoundException.class);

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Timer ok = registry.get("coo4j.client.calls").tags("operation", "certificates.status", "outcome", "SUCCESS",
                    "status", "200", "exception", "none").timer();
            assertThat(ok.count()).isEqualTo(1);
            assertThat(ok.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
            assertThat(registry.get("coo4j.client.retries").tag("operation", "certificates.status").counter().count())
                    .isEqualTo(1);
            assertThat(registry.get("coo4j.client.calls").tags("operation", "certificates.get", "outcome",
                    "CLIENT_ERROR", "status", "404", "exception", "NotFoundException").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void withoutMicrometerOrARegistryThereAreNoMetricsAndTheClientStillWorks() {
        runner.withUserConfiguration(Registry.class).withPropertyValues("coo4j.client.token=t0ken")
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("coo4jClientMetrics");
                    assertThat(context.getBean(CooClient.class).certificates().status(NUMBER).number()).isEqualTo(NUMBER);
                });
        runner.withPropertyValues("coo4j.client.token=t0ken")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("coo4jClientMetrics"));
    }

    @Test
    void theApplicationsOwnMetricsBeanWinsAndItsListenersHearTheCallsToo() {
        runner.withUserConfiguration(Registry.class, OwnListeners.class).withPropertyValues("coo4j.client.token=t0ken")
                .run(context -> {
                    assertThat(context.getBean("coo4jClientMetrics")).isSameAs(OwnListeners.METRICS);
                    context.getBean(CooClient.class).certificates().status(NUMBER);
                    assertThat(OwnListeners.HEARD).containsExactly("metrics certificates.status 200",
                            "tracing certificates.status 200");
                    assertThat(context.getBean(MeterRegistry.class).find("coo4j.client.calls").timer()).isNull();
                });
    }

    @Test
    void aTokenSupplierBeanGivesTheTokensAndTheSuffixNamesTheErp() {
        runner.withUserConfiguration(Rotating.class).withPropertyValues("coo4j.client.user-agent-suffix=AcmeERP/5.2")
                .run(context -> {
                    context.getBean(CooClient.class).certificates().status(NUMBER);
                    assertThat(authorizations).containsExactly("Bearer from-the-vault");
                    assertThat(userAgents.get(0)).startsWith("coo4j/").endsWith(" AcmeERP/5.2");
                });
        runner.withUserConfiguration(Rotating.class).withPropertyValues("coo4j.client.token=t0ken")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("coo4j.client.token").hasMessageContaining("TokenSupplier"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnListeners {
        static final List<String> HEARD = new CopyOnWriteArrayList<>();
        static final CooClientListener METRICS = named("metrics");

        @Bean
        CooClientListener coo4jClientMetrics() {
            return METRICS;
        }

        @Bean
        CooClientListener tracing() {
            return named("tracing");
        }

        private static CooClientListener named(String name) {
            return new CooClientListener() {
                @Override
                public void callEnd(CallInfo call, Duration duration, int status) {
                    HEARD.add(name + " " + call.operation() + " " + status);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Rotating {
        @Bean
        TokenSupplier tokens() {
            return () -> "from-the-vault";
        }
    }
}
