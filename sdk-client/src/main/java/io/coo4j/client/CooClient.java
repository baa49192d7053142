package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.client.internal.Credentials;
import io.coo4j.client.internal.HttpTransport;
import io.coo4j.core.InvalidInputException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
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
 * <p>Thread-safe (线程安全): one instance serves any number of threads, with one connection pool.
 *
 * @since 0.1
 */
public final class CooClient implements AutoCloseable {
    private final HttpTransport transport;
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

    private CooClient(Builder b, HttpUrl base, Credentials credentials) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(b.maxConcurrentRequests);
        dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout)
                .callTimeout(b.callTimeout)
                .connectionPool(new ConnectionPool(b.maxIdleConnections, b.keepAlive.toMillis(), TimeUnit.MILLISECONDS))
                .dispatcher(dispatcher)
                .followRedirects(false)
                .followSslRedirects(false)
                // Our RetryPolicy decides, logs and bounds every retry; OkHttp's silent ones would bypass it.
                .retryOnConnectionFailure(false);
        if (b.proxy != null) {
            http.proxy(b.proxy);
        }
        this.transport = new HttpTransport(http.build(), base, credentials, b.retryPolicy);
        Api api = new Api(transport, b.pollInterval);
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
    }

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

    /** Releases the connection pool and the threads of asynchronous calls. */
    @Override
    public void close() {
        transport.close();
    }

    /** Builds a {@link CooClient}; every setting but the endpoint and the credentials has a default. Not thread-safe. */
    public static final class Builder {
        private String endpoint;
        private String token;
        private String hmacKeyId;
        private byte[] hmacSecret;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private int maxIdleConnections = 16;
        private Duration keepAlive = Duration.ofMinutes(5);
        private int maxConcurrentRequests = 64;
        private Proxy proxy;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration pollInterval = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The API's base URL, e.g. {@code https://gateway.example.com/v1}; {@code http} only on loopback. */
        public Builder endpoint(String url) {
            endpoint = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Authenticate with a bearer token (replaces {@link #hmac}). */
        public Builder token(String token) {
            this.token = requireText(token, "token");
            this.hmacKeyId = null;
            this.hmacSecret = null;
            return this;
        }

        /** Sign every request with HMAC-SHA256 ({@link Signatures#request}) instead of sending a token (replaces {@link #token}). */
        public Builder hmac(String keyId, byte[] secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.length < 16) {
                throw new InvalidInputException("client configuration", "hmac.secret", "needs at least 16 bytes");
            }
            hmacKeyId = requireText(keyId, "hmac.keyId");
            hmacSecret = secret.clone();
            token = null;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** The longest silence while reading or writing one answer. */
        public Builder readTimeout(Duration value) {
            readTimeout = positive(value, "readTimeout");
            return this;
        }

        /** The longest one attempt may take, connection included. */
        public Builder callTimeout(Duration value) {
            callTimeout = positive(value, "callTimeout");
            return this;
        }

        /** The connection pool: idle connections kept and how long. */
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

        public Builder proxy(Proxy value) {
            proxy = Objects.requireNonNull(value, "proxy");
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** How often {@code awaitStatus} asks (default 2 s). */
        public Builder pollInterval(Duration value) {
            pollInterval = positive(value, "pollInterval");
            return this;
        }

        /** The clock that dates signed requests. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
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
            if (token != null) {
                credentials = Credentials.token(token);
            } else if (hmacKeyId != null) {
                credentials = Credentials.hmac(hmacKeyId, hmacSecret, clock);
            } else {
                throw new InvalidInputException("client configuration", "credentials", "set token(...) or hmac(...)");
            }
            return new CooClient(this, base, credentials);
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
