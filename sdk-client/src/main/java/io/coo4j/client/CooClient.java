package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.client.internal.Credentials;
import io.coo4j.client.internal.HttpTransport;
import io.coo4j.client.internal.UserAgent;
import io.coo4j.core.InvalidInputException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The client of the Single Window (单一窗口) services of {@code docs/api.md}: build one with {@link #builder()},
 * share it, and {@link #close()} it when done. Its areas are typed sub-clients: {@link #certificates()},
 * {@link #preReviews()}, {@link #networkedStatus()}, the operations areas ({@link #enterprise()}, {@link #agents()},
 * {@link #baseData()}, {@link #attachments()}, {@link #verifications()}, {@link #blankForms()},
 * {@link #supplements()}), and {@link #selfPrint()}, {@link #subscriptions()} and {@link #statistics()}; each call
 * has a synchronous form and, where waiting matters, a {@code CompletableFuture} form.
 *
 * <pre>{@code
 * try (CooClient client = CooClient.builder().endpoint("https://gateway.example.com/v1").token(token).build()) {
 *     CertificateRecord declared = client.certificates().declare(certificate);
 *     client.certificates().awaitStatus(declared.certificate().number(), CertificateState.APPROVED, Duration.ofMinutes(30));
 * }
 * }</pre>
 *
 * <p>Plain {@code http} is refused unless the endpoint is on loopback (a local simulator): credentials and
 * certificates travel only over TLS. Redirects are not followed, so nothing is ever re-sent elsewhere.
 *
 * <p>An ERP embeds it in its own stack: its {@link Builder#okHttpClient OkHttpClient} (interceptors, TLS, proxy),
 * tokens that rotate ({@link TokenSupplier}), listeners for metrics and tracing ({@link CooClientListener}), and
 * options per call ({@link RequestOptions}: idempotency key, timeout, headers). A call without an answer fails with a
 * {@link CooTimeoutException} or a {@link CooTransportException}, an answer that is an error with a
 * {@link CooServiceException}.
 *
 * <p>Thread-safe (线程安全): one instance serves any number of threads, with one connection pool.
 *
 * @since 0.1
 */
public final class CooClient implements AutoCloseable {
    private final HttpTransport transport;
    /** Whether {@link #close()} closes the transport: the client built does, a view of it does not. */
    private final boolean owner;
    private final Api api;
    private final Certificates certificates;
    private final PreReviews preReviews;
    private final NetworkedStatus networkedStatus;
    private final EnterpriseInfo enterprise;
    private final Agents agents;
    private final BaseData baseData;
    private final Attachments attachments;
    private final Verifications verifications;
    private final BlankForms blankForms;
    private final Supplements supplements;
    private final SelfPrint selfPrint;
    private final Subscriptions subscriptions;
    private final Statistics statistics;
    private final Declarants declarants;
    private final GoodsFilings goodsFilings;
    private final GoodsMaintenance goodsCatalogue;

    private CooClient(HttpTransport transport, Api api, boolean owner) {
        this.transport = transport;
        this.owner = owner;
        this.api = api;
        this.certificates = new Certificates(api);
        this.preReviews = new PreReviews(api);
        this.networkedStatus = new NetworkedStatus(api);
        this.enterprise = new EnterpriseInfo(api);
        this.agents = new Agents(api);
        this.baseData = new BaseData(api);
        this.attachments = new Attachments(api);
        this.verifications = new Verifications(api);
        this.blankForms = new BlankForms(api);
        this.supplements = new Supplements(api);
        this.selfPrint = new SelfPrint(api);
        this.subscriptions = new Subscriptions(api);
        this.statistics = new Statistics(api);
        this.declarants = new Declarants(api);
        this.goodsFilings = new GoodsFilings(api);
        this.goodsCatalogue = new GoodsMaintenance(api);
    }

    /** A builder; set the endpoint and the credentials, the rest has defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Certificates (原产地证书): save, declare, derive, query, receipts, status. */
    public Certificates certificates() {
        return certificates;
    }

    /** Product pre-reviews (产品预审). */
    public PreReviews preReviews() {
        return preReviews;
    }

    /** The networked status query (联网状态). */
    public NetworkedStatus networkedStatus() {
        return networkedStatus;
    }

    /** The enterprise's information and sync (企业信息, 同步) and its initial values (初始值). */
    public EnterpriseInfo enterprise() {
        return enterprise;
    }

    /** Agents and principals (代理/委托). */
    public Agents agents() {
        return agents;
    }

    /** Base data profiles (基础数据). */
    public BaseData baseData() {
        return baseData;
    }

    /** Attachments of certificates (随附单据). */
    public Attachments attachments() {
        return attachments;
    }

    /** Verification records (核查互动). */
    public Verifications verifications() {
        return verifications;
    }

    /** Blank certificate forms (空白证单). */
    public BlankForms blankForms() {
        return blankForms;
    }

    /** Export declaration number supplements (报关单补录). */
    public Supplements supplements() {
        return supplements;
    }

    /** Self-print (自助打印): seals, signatures, authorization, printable certificates, print files and marks. */
    public SelfPrint selfPrint() {
        return selfPrint;
    }

    /** Receipt subscriptions (订阅) pushed as signed webhook callbacks. */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** Business statistics (业务统计) by type, month or destination. */
    public Statistics statistics() {
        return statistics;
    }

    /** The enterprise's declarants (申报员信息维护), whose signatures self-print takes. */
    public Declarants declarants() {
        return declarants;
    }

    /** CCPIT goods filings (商品备案) and CCPIT data sync (数据同步). */
    public GoodsFilings goodsFilings() {
        return goodsFilings;
    }

    /** The enterprise's goods catalogue kept by the service (货物维护). */
    public GoodsMaintenance goodsCatalogue() {
        return goodsCatalogue;
    }

    /**
     * A view of this client whose every call has {@code options} (a timeout, headers) under the call's own, e.g. a
     * longer timeout for the exports: {@code client.withOptions(slow).statistics().workbook(…)}. It shares this
     * client's connections, threads, credentials and listeners; closing it does nothing — close this client.
     *
     * @throws InvalidInputException when {@code options} carry an idempotency key: a key names one request, so pass it
     *                               to that call
     */
    public CooClient withOptions(RequestOptions options) {
        InvalidInputException.requireArgument(options, "CooClient.withOptions", "options");
        if (options.idempotencyKey().isPresent()) {
            throw new InvalidInputException("request options", "idempotencyKey",
                    "names one request: pass it to that call, not to withOptions");
        }
        return new CooClient(transport, api.withDefaults(options), false);
    }

    /**
     * Releases the connection pool and the threads of asynchronous calls — those the client made for itself, not
     * those of an {@link Builder#okHttpClient OkHttpClient} it was given. A view ({@link #withOptions}) releases
     * nothing.
     */
    @Override
    public void close() {
        if (owner) {
            transport.close();
        }
    }

    /**
     * Builds a {@link CooClient}; every setting but the endpoint and the credentials has a default. Not thread-safe.
     *
     * <p><b>With the application's own {@link OkHttpClient}</b> ({@link #okHttpClient}) the client is derived from it
     * ({@code newBuilder()}): its interceptors, event listener, TLS settings, trust store, proxy, DNS, dispatcher
     * and connection pool are kept, and so are its timeouts. Precedence, from strongest: what coo4j always sets —
     * redirects not followed (credentials are never re-sent elsewhere) and OkHttp's own silent retries off (the
     * {@link RetryPolicy} decides every retry); then what was set on this builder ({@code connectTimeout},
     * {@code readTimeout}, {@code callTimeout}, {@code connectionPool}, {@code maxConcurrentRequests}, {@code proxy},
     * {@code sslContext}), each replacing the application's; then the application's client. Without one, the
     * defaults below apply and the client owns its pool and threads.
     */
    public static final class Builder {
        private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
        private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
        private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
        private static final int DEFAULT_MAX_IDLE = 16;
        private static final Duration DEFAULT_KEEP_ALIVE = Duration.ofMinutes(5);
        private static final int DEFAULT_MAX_CONCURRENT = 64;

        private String endpoint;
        private TokenSupplier tokenSupplier;
        private String hmacKeyId;
        private byte[] hmacSecret;
        private OkHttpClient okHttpClient;
        // Null: not set here, so the application's client's value or the default applies.
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private Integer maxIdleConnections;
        private Duration keepAlive;
        private Integer maxConcurrentRequests;
        private Proxy proxy;
        private SSLContext sslContext;
        private X509TrustManager trustManager;
        private String userAgentSuffix;
        private final List<CooClientListener.Factory> listeners = new ArrayList<>();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration pollInterval = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The API's base URL, e.g. {@code https://gateway.example.com/v1}; {@code http} only on loopback. */
        public Builder endpoint(String url) {
            endpoint = InvalidInputException.requireArgument(url, "CooClient.Builder.endpoint", "url");
            return this;
        }

        /** Authenticate with a bearer token that never changes (replaces {@link #hmac}, {@link #tokenSupplier}). */
        public Builder token(String token) {
            String fixed = requireText(token, "token");
            return tokenSupplier(() -> fixed);
        }

        /**
         * Authenticate with bearer tokens that rotate: the supplier is asked before every attempt, and once more after
         * a 401 ({@link TokenSupplier}). Replaces {@link #token} and {@link #hmac}.
         */
        public Builder tokenSupplier(TokenSupplier supplier) {
            tokenSupplier = InvalidInputException.requireArgument(supplier, "CooClient.Builder.tokenSupplier",
                    "supplier");
            hmacKeyId = null;
            hmacSecret = null;
            return this;
        }

        /** Sign every request with HMAC-SHA256 ({@link Signatures#request}) instead of sending a token (replaces {@link #token}). */
        public Builder hmac(String keyId, byte[] secret) {
            InvalidInputException.requireArgument(secret, "CooClient.Builder.hmac", "secret");
            if (secret.length < 16) {
                throw new InvalidInputException("client configuration", "hmac.secret", "needs at least 16 bytes");
            }
            hmacKeyId = requireText(keyId, "hmac.keyId");
            hmacSecret = secret.clone();
            tokenSupplier = null;
            return this;
        }

        /**
         * The application's OkHttp client to derive from, keeping its interceptors, TLS, proxy, dispatcher and pool
         * (precedence: see {@link Builder}). The application keeps owning it: {@link CooClient#close()} leaves its
         * pool and threads alone.
         */
        public Builder okHttpClient(OkHttpClient client) {
            okHttpClient = InvalidInputException.requireArgument(client, "CooClient.Builder.okHttpClient", "client");
            return this;
        }

        /**
         * TLS with the application's own context and the trust manager it was built with (a private CA, a client
         * certificate for mutual TLS).
         */
        public Builder sslContext(SSLContext context, X509TrustManager trustManager) {
            sslContext = InvalidInputException.requireArgument(context, "CooClient.Builder.sslContext", "context");
            this.trustManager = InvalidInputException.requireArgument(trustManager, "CooClient.Builder.sslContext",
                    "trustManager");
            return this;
        }

        /** The longest wait for a connection (default 5 s). */
        public Builder connectTimeout(Duration value) {
            connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** The longest silence while reading or writing one answer (default 30 s). */
        public Builder readTimeout(Duration value) {
            readTimeout = positive(value, "readTimeout");
            return this;
        }

        /** The longest one attempt may take, connection included (default 60 s); a call may set its own. */
        public Builder callTimeout(Duration value) {
            callTimeout = positive(value, "callTimeout");
            return this;
        }

        /** The connection pool: idle connections kept and how long (default 16, 5 minutes). */
        public Builder connectionPool(int maxIdle, Duration keepAliveDuration) {
            if (maxIdle < 1) {
                throw new InvalidInputException("client configuration", "connectionPool.maxIdle", "must be at least 1");
            }
            maxIdleConnections = maxIdle;
            keepAlive = positive(keepAliveDuration, "connectionPool.keepAlive");
            return this;
        }

        /** How many asynchronous calls run at once (default 64); synchronous calls run on the caller's thread. */
        public Builder maxConcurrentRequests(int value) {
            if (value < 1) {
                throw new InvalidInputException("client configuration", "maxConcurrentRequests", "must be at least 1");
            }
            maxConcurrentRequests = value;
            return this;
        }

        /** The proxy every call goes through, instead of the application's client's or the JVM's proxy selector. */
        public Builder proxy(Proxy value) {
            proxy = InvalidInputException.requireArgument(value, "CooClient.Builder.proxy", "proxy");
            return this;
        }

        /** How failed calls are retried (default {@link RetryPolicy#defaults()}). */
        public Builder retryPolicy(RetryPolicy value) {
            retryPolicy = InvalidInputException.requireArgument(value, "CooClient.Builder.retryPolicy", "retryPolicy");
            return this;
        }

        /**
         * The application's product after coo4j's in the {@code User-Agent} of every request, e.g. {@code AcmeERP/5.2}:
         * {@code coo4j/0.1.0 (java/17.0.12) AcmeERP/5.2}. Printable ASCII, at most 256 characters.
         */
        public Builder userAgentSuffix(String suffix) {
            userAgentSuffix = UserAgent.suffix(suffix);
            return this;
        }

        /** Adds a listener told of every call and retry ({@link CooClientListener}); listeners are told in order. */
        public Builder listener(CooClientListener listener) {
            InvalidInputException.requireArgument(listener, "CooClient.Builder.listener", "listener");
            return listenerFactory(call -> listener);
        }

        /** Adds a factory asked for a listener of each call, for listeners that keep per-call state (a span). */
        public Builder listenerFactory(CooClientListener.Factory factory) {
            listeners.add(InvalidInputException.requireArgument(factory, "CooClient.Builder.listenerFactory", "factory"));
            return this;
        }

        /** How often {@code awaitStatus} asks (default 2 s). */
        public Builder pollInterval(Duration value) {
            pollInterval = positive(value, "pollInterval");
            return this;
        }

        /** The clock that dates signed requests. */
        public Builder clock(Clock value) {
            clock = InvalidInputException.requireArgument(value, "CooClient.Builder.clock", "clock");
            return this;
        }

        /**
         * The client these settings describe.
         *
         * @return a new client; close it when done
         * @throws InvalidInputException naming the setting when the endpoint is missing, malformed or plain http off
         *                               loopback, or no credentials were given
         */
        public CooClient build() {
            if (endpoint == null) {
                throw new InvalidInputException("client configuration", "endpoint", "required");
            }
            HttpUrl base = HttpUrl.parse(endpoint);
            if (base == null) {
                throw new InvalidInputException("client configuration", "endpoint", "not an http(s) URL: " + endpoint);
            }
            if (!base.isHttps() && !isLoopback(base.host())) {
                throw new InvalidInputException("client configuration", "endpoint",
                        "plain http is allowed only on loopback; use https for " + base.host());
            }
            Credentials credentials;
            if (tokenSupplier != null) {
                credentials = Credentials.tokens(tokenSupplier);
            } else if (hmacKeyId != null) {
                credentials = Credentials.hmac(hmacKeyId, hmacSecret, clock);
            } else {
                throw new InvalidInputException("client configuration", "credentials",
                        "set token(...), tokenSupplier(...) or hmac(...)");
            }
            OkHttpClient.Builder http = okHttpClient == null ? new OkHttpClient.Builder() : okHttpClient.newBuilder();
            boolean own = okHttpClient == null;
            Dispatcher dispatcher = null;
            if (own || maxConcurrentRequests != null) {
                int max = maxConcurrentRequests == null ? DEFAULT_MAX_CONCURRENT : maxConcurrentRequests;
                dispatcher = new Dispatcher();
                dispatcher.setMaxRequests(max);
                dispatcher.setMaxRequestsPerHost(max);
                http.dispatcher(dispatcher);
            }
            ConnectionPool pool = null;
            if (own || maxIdleConnections != null) {
                pool = new ConnectionPool(maxIdleConnections == null ? DEFAULT_MAX_IDLE : maxIdleConnections,
                        (keepAlive == null ? DEFAULT_KEEP_ALIVE : keepAlive).toMillis(), TimeUnit.MILLISECONDS);
                http.connectionPool(pool);
            }
            Duration read = or(readTimeout, own, DEFAULT_READ_TIMEOUT);
            set(or(connectTimeout, own, DEFAULT_CONNECT_TIMEOUT), http::connectTimeout);
            set(read, http::readTimeout);
            set(read, http::writeTimeout);
            set(or(callTimeout, own, DEFAULT_CALL_TIMEOUT), http::callTimeout);
            if (proxy != null) {
                http.proxy(proxy);
            }
            if (sslContext != null) {
                http.sslSocketFactory(sslContext.getSocketFactory(), trustManager);
            }
            http.followRedirects(false)
                    .followSslRedirects(false)
                    // Our RetryPolicy decides, logs and bounds every retry; OkHttp's silent ones would bypass it.
                    .retryOnConnectionFailure(false);
            Dispatcher ownDispatcher = dispatcher;
            ConnectionPool ownPool = pool;
            HttpTransport transport = new HttpTransport(http.build(), base, credentials, retryPolicy,
                    UserAgent.of(userAgentSuffix), listeners, () -> {
                        if (ownDispatcher != null) {
                            ownDispatcher.executorService().shutdown();
                        }
                        if (ownPool != null) {
                            ownPool.evictAll();
                        }
                    });
            return new CooClient(transport, new Api(transport, pollInterval, RequestOptions.none()), true);
        }

        /** The value set here; else, on a client of our own, the default; else none (the application's stands). */
        private static Duration or(Duration set, boolean own, Duration fallback) {
            return set != null ? set : own ? fallback : null;
        }

        private static void set(Duration value, Consumer<Duration> setter) {
            if (value != null) {
                setter.accept(value);
            }
        }

        /** Loopback by name or literal address only: a name is never resolved, so DNS cannot make a host "local". */
        static boolean isLoopback(String host) {
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            if (!host.matches("[0-9.]+") && !host.contains(":")) {
                return false;
            }
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        private static String requireText(String value, String field) {
            return Api.required("client configuration", field, value);
        }

        private static Duration positive(Duration value, String field) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new InvalidInputException("client configuration", field, "must be a positive duration");
            }
            return value;
        }
    }
}
