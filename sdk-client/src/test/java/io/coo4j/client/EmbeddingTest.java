package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an ERP that embeds the client relies on (issue 17, item 7): its own OkHttpClient, listeners for metrics and
 * tracing, rotating tokens, per-call options, and failures it can tell apart.
 */
class EmbeddingTest {
    private static final String NUMBER = "E254565009990001";
    private static final String STATUS = "{\"number\":\"" + NUMBER + "\",\"state\":\"APPROVED\","
            + "\"updatedAt\":\"2025-10-02T08:00:00Z\",\"reasons\":[]}";
    private static final String RECORD = "{\"certificate\":null,\"state\":\"SENT\",\"createdAt\":null,\"issuedAt\":null,"
            + "\"receipts\":[],\"attachments\":[]}";
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CooClient.Builder builder() {
        return CooClient.builder().endpoint(server.url("/v1").toString()).token("t0k3n").retryPolicy(FAST);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse unavailable() {
        return json(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"busy\"}");
    }

    @Test
    void theCallersOkHttpClientWithItsOwnInterceptorSeesEveryAttemptAndKeepsItsSettings() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Integer> connectTimeouts = new CopyOnWriteArrayList<>();
        List<Integer> readTimeouts = new CopyOnWriteArrayList<>();
        OkHttpClient erp = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(7)).addInterceptor(chain -> {
            seen.add(chain.request().method() + " " + chain.request().url().encodedPath());
            connectTimeouts.add(chain.connectTimeoutMillis());
            readTimeouts.add(chain.readTimeoutMillis());
            return chain.proceed(chain.request().newBuilder().header("X-Erp-Tenant", "acme").build());
        }).build();
        server.enqueue(unavailable());
        server.enqueue(json(200, STATUS));
        server.enqueue(json(201, RECORD));

        try (CooClient client = builder().okHttpClient(erp).readTimeout(Duration.ofSeconds(11)).build()) {
            client.certificates().status(NUMBER);
            client.certificates().declare(Certificate.builder().type("E").build());
        }

        assertThat(seen).containsExactly("GET /v1/certificates/" + NUMBER + "/status",
                "GET /v1/certificates/" + NUMBER + "/status", "POST /v1/declarations");
        assertThat(connectTimeouts).as("the caller's, not coo4j's default").containsOnly(7_000);
        assertThat(readTimeouts).as("set on coo4j's builder, so it wins").containsOnly(11_000);
        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest().getHeaders().get("X-Erp-Tenant")).isEqualTo("acme");
        }
        Dispatcher dispatcher = erp.dispatcher();
        assertThat(dispatcher.executorService().isShutdown()).as("closing coo4j leaves the caller's threads").isFalse();
        assertThat(erp.followRedirects()).as("the caller's client itself is unchanged").isTrue();
    }

    @Test
    void aListenerHearsCallsRetriesAndFailuresWithTimings() throws Exception {
        Recorder recorder = new Recorder();
        server.enqueue(new MockResponse.Builder(unavailable()).headersDelay(50, TimeUnit.MILLISECONDS).build());
        server.enqueue(json(200, STATUS));
        server.enqueue(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no certificate X\"}"));
        server.enqueue(unavailable());
        server.enqueue(json(201, RECORD));

        try (CooClient client = builder().listener(recorder).build()) {
            client.certificates().status(NUMBER);
            assertThatThrownBy(() -> client.certificates().get("X")).isInstanceOf(NotFoundException.class);
            client.certificates().declareAsync(Certificate.builder().type("E").build()).get(10, TimeUnit.SECONDS);
        }

        assertThat(recorder.events).containsExactly(
                "start certificates.status GET /certificates/" + NUMBER + "/status",
                "retry certificates.status attempt 1 ServiceUnavailableException",
                "end certificates.status 200",
                "start certificates.get GET /certificates/X",
                "failed certificates.get NotFoundException",
                "start certificates.declare POST /declarations",
                "retry certificates.declare attempt 1 ServiceUnavailableException",
                "end certificates.declare 201");
        assertThat(recorder.durations.get(0)).as("the call's time includes the slow first attempt")
                .isGreaterThanOrEqualTo(Duration.ofMillis(50)).isGreaterThanOrEqualTo(recorder.delays.get(0));
        assertThat(recorder.delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(5)));
        assertThat(recorder.durations).hasSize(3).allSatisfy(d -> assertThat(d).isPositive());
    }

    @Test
    void aListenerOrFactoryThatThrowsNeverBreaksACall() {
        CooClientListener broken = new CooClientListener() {
            @Override
            public void callStart(CallInfo call) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void callEnd(CallInfo call, Duration duration, int status) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        Recorder recorder = new Recorder();
        server.enqueue(json(200, STATUS));

        try (CooClient client = builder().listener(broken).listenerFactory(call -> {
            throw new IllegalStateException("no tracer");
        }).listener(recorder).build()) {
            assertThat(client.certificates().status(NUMBER).number()).isEqualTo(NUMBER);
        }
        assertThat(recorder.events).as("the listeners after the broken ones still hear everything")
                .containsExactly("start certificates.status GET /certificates/" + NUMBER + "/status",
                        "end certificates.status 200");
    }

    @Test
    void aRotatingTokenSupplierIsAskedAgainAfterA401AndTheCallSucceeds() throws Exception {
        Rotating tokens = new Rotating();
        Recorder recorder = new Recorder();
        server.enqueue(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"token expired\"}"));
        server.enqueue(json(200, STATUS));

        // No retries at all: the renewed attempt is not one of the policy's.
        try (CooClient client = builder().tokenSupplier(tokens).retryPolicy(RetryPolicy.none()).listener(recorder)
                .build()) {
            assertThat(client.certificates().status(NUMBER).number()).isEqualTo(NUMBER);
        }

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(tokens.refused).containsExactly("token-1");
        assertThat(recorder.events).contains("retry certificates.status attempt 1 UnauthorizedException");
        assertThat(recorder.delays).containsExactly(Duration.ZERO);
    }

    @Test
    void a401IsTriedOnceMoreOnlyWithADifferentToken() throws Exception {
        Rotating tokens = new Rotating();
        server.enqueue(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"revoked\"}"));
        server.enqueue(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"revoked\"}"));
        try (CooClient client = builder().tokenSupplier(tokens).build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER)).isInstanceOf(UnauthorizedException.class);
        }
        assertThat(server.getRequestCount()).as("the renewed token refused too: no third try").isEqualTo(2);

        server.enqueue(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"wrong token\"}"));
        try (CooClient client = builder().build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER)).isInstanceOf(UnauthorizedException.class);
        }
        assertThat(server.getRequestCount()).as("a fixed token has nothing new to try").isEqualTo(3);
    }

    @Test
    void aTokenSupplierThatFailsOrAnswersNothingFailsTheCallBeforeAnythingIsSent() {
        try (CooClient client = builder().tokenSupplier(() -> {
            throw new IllegalStateException("vault sealed");
        }).build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER))
                    .isInstanceOfSatisfying(CooClientException.class, e -> {
                        assertThat(e.getCause()).hasMessage("vault sealed");
                        assertThat(e.retryable()).isFalse();
                    });
            assertThat(client.certificates().statusAsync(NUMBER)).failsWithin(Duration.ofSeconds(5))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(CooClientException.class);
        }
        try (CooClient client = builder().tokenSupplier(() -> "two words").build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.location()).isEqualTo("tokenSupplier"))
                    .hasMessageNotContaining("two words");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void timeoutsAreCooTimeoutExceptionsAndRetriedAsThePolicySays() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder(json(200, STATUS)).headersDelay(2, TimeUnit.SECONDS).build());
        }
        try (CooClient client = builder().readTimeout(Duration.ofMillis(100)).build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER))
                    .isInstanceOfSatisfying(CooTimeoutException.class, e -> assertThat(e.retryable()).isTrue())
                    .hasMessageContaining("GET /certificates/" + NUMBER + "/status timed out");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aCallsOwnTimeoutReplacesTheClientsAndBoundsTheAttempt() {
        server.enqueue(new MockResponse.Builder(json(201, RECORD)).headersDelay(2, TimeUnit.SECONDS).build());
        Recorder recorder = new Recorder();
        try (CooClient client = builder().retryPolicy(RetryPolicy.none()).listener(recorder).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.certificates().save(Certificate.builder().type("E").build(),
                    RequestOptions.builder().timeout(Duration.ofMillis(200)).build()))
                    .isInstanceOf(CooTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(recorder.events).containsExactly("start certificates.save POST /certificates",
                "failed certificates.save CooTimeoutException");
    }

    @Test
    void aRefusedConnectionIsACooTransportException() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (CooClient client = CooClient.builder().endpoint("http://127.0.0.1:" + port + "/v1").token("t")
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER))
                    .isInstanceOfSatisfying(CooTransportException.class, e -> assertThat(e.retryable()).isTrue())
                    .isNotInstanceOf(CooTimeoutException.class);
        }
    }

    @Test
    void aPrivateCaWorksThroughTheSslContextAndAnUntrustedServerIsNotRetried(@TempDir Path dir) throws Exception {
        SSLContext tls = selfSigned(dir);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore(dir));
        server.useHttps(tls.getSocketFactory());
        server.enqueue(json(200, STATUS));
        String endpoint = "https://localhost:" + server.getPort() + "/v1";

        SSLContext erp = SSLContext.getInstance("TLS");
        erp.init(null, trust.getTrustManagers(), null);
        try (CooClient client = CooClient.builder().endpoint(endpoint).token("t")
                .sslContext(erp, (X509TrustManager) trust.getTrustManagers()[0]).build()) {
            assertThat(client.certificates().status(NUMBER).number()).isEqualTo(NUMBER);
        }
        try (CooClient client = CooClient.builder().endpoint(endpoint).token("t").retryPolicy(FAST).build()) {
            assertThatThrownBy(() -> client.certificates().status(NUMBER))
                    .isInstanceOfSatisfying(CooTransportException.class, e -> assertThat(e.retryable()).isFalse());
        }
        assertThat(server.getRequestCount()).as("the untrusted server was tried once").isEqualTo(1);
    }

    /** A TLS context with a self-signed certificate for localhost, made by the JDK's keytool. */
    private static SSLContext selfSigned(Path dir) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", dir.resolve("tls.p12").toString(),
                "-storetype", "PKCS12", "-storepass", "secret", "-alias", "server", "-keyalg", "EC",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2").redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isTrue();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(dir), "secret".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static KeyStore keyStore(Path dir) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("tls.p12"))) {
            store.load(in, "secret".toCharArray());
        }
        return store;
    }

    @Test
    void theUserAgentNamesCoo4jJavaAndTheErp() throws Exception {
        server.enqueue(json(200, STATUS));
        try (CooClient client = builder().userAgentSuffix("AcmeERP/5.2").build()) {
            client.certificates().status(NUMBER);
        }
        assertThat(server.takeRequest().getHeaders().get("User-Agent"))
                .matches("coo4j/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(java/[^)]+\\) AcmeERP/5\\.2");
        assertThatThrownBy(() -> builder().userAgentSuffix("Acme\r\nX-Evil: 1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location()).isEqualTo("userAgentSuffix"));
    }

    @Test
    void theCallersKeyAndHeadersReachTheServiceOnEveryAttempt() throws Exception {
        server.enqueue(unavailable());
        server.enqueue(json(201, RECORD));
        RequestOptions options = RequestOptions.builder().idempotencyKey("erp-doc-4711")
                .header("X-Correlation-Id", "c-1").build();
        try (CooClient client = builder().build()) {
            client.certificates().declare(Certificate.builder().type("E").build(), options);
        }
        for (int i = 0; i < 2; i++) {
            RecordedRequest r = server.takeRequest();
            assertThat(r.getHeaders().get(Signatures.IDEMPOTENCY_HEADER)).isEqualTo("erp-doc-4711");
            assertThat(r.getHeaders().get("X-Correlation-Id")).isEqualTo("c-1");
        }
    }

    @Test
    void aViewAppliesItsOptionsToEveryCallAndTheCallsOwnWin() throws Exception {
        server.enqueue(json(200, STATUS));
        server.enqueue(json(200, "{\"agentFilingNumber\":\"4403960001\",\"agentCreditCode\":null,"
                + "\"agentNameCn\":null,\"state\":\"REMOVED\",\"principals\":[]}"));
        try (CooClient client = builder().build()) {
            CooClient traced = client.withOptions(RequestOptions.builder().header("X-Correlation-Id", "view")
                    .header("X-Tenant", "acme").build());
            traced.certificates().status(NUMBER);
            traced.agents().submit("4403960001", RequestOptions.builder().header("x-correlation-id", "call")
                    .idempotencyKey("erp-agent-1").build());
            traced.close(); // a view's close leaves the client open
            assertThatThrownBy(() -> client.withOptions(RequestOptions.builder().idempotencyKey("k").build()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.location()).isEqualTo("idempotencyKey"));
        }
        RecordedRequest get = server.takeRequest();
        assertThat(get.getHeaders().get("X-Correlation-Id")).isEqualTo("view");
        assertThat(get.getHeaders().get(Signatures.IDEMPOTENCY_HEADER)).isNull();
        RecordedRequest post = server.takeRequest();
        assertThat(post.getHeaders().values("X-Correlation-Id")).containsExactly("call");
        assertThat(post.getHeaders().get("X-Tenant")).isEqualTo("acme");
        assertThat(post.getHeaders().get(Signatures.IDEMPOTENCY_HEADER)).isEqualTo("erp-agent-1");
        assertThat(post.getUrl().encodedPath()).isEqualTo("/v1/agents/4403960001/submit");
    }

    @Test
    void headersTheClientWritesOrAHeaderCannotCarryAreRefused() {
        for (String name : new String[] {"Authorization", "idempotency-key", "User-Agent", "X-Coo-Signature"}) {
            assertThatThrownBy(() -> RequestOptions.builder().header(name, "x")).as(name)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.location()).isEqualTo("headers." + name));
        }
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Id", "a\r\nb")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RequestOptions.builder().header("X Id", "a")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThat(RequestOptions.builder().build()).isSameAs(RequestOptions.none());
        assertThat(RequestOptions.builder().idempotencyKey("erp-doc-4711").build().toString())
                .doesNotContain("erp-doc-4711");
    }

    /** Every event as a line, with the timings apart. */
    private static final class Recorder implements CooClientListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Duration> durations = new CopyOnWriteArrayList<>();
        final List<Duration> delays = new CopyOnWriteArrayList<>();

        @Override
        public void callStart(CallInfo call) {
            events.add("start " + call.operation() + " " + call.method() + " " + call.path());
        }

        @Override
        public void retry(CallInfo call, int attempt, Duration delay, CooException cause) {
            events.add("retry " + call.operation() + " attempt " + attempt + " " + cause.getClass().getSimpleName());
            delays.add(delay);
        }

        @Override
        public void callEnd(CallInfo call, Duration duration, int status) {
            events.add("end " + call.operation() + " " + status);
            durations.add(duration);
        }

        @Override
        public void callFailed(CallInfo call, Duration duration, RuntimeException failure) {
            events.add("failed " + call.operation() + " " + failure.getClass().getSimpleName());
            durations.add(duration);
        }
    }

    /** token-1, then a new token each time one is refused. */
    private static final class Rotating implements TokenSupplier {
        final AtomicInteger generation = new AtomicInteger(1);
        final List<String> refused = new ArrayList<>();

        @Override
        public String token() {
            return "token-" + generation.get();
        }

        @Override
        public synchronized String refresh(String refusedToken) {
            refused.add(refusedToken);
            return "token-" + generation.incrementAndGet();
        }
    }
}
