package io.coo4j.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code coo4j.*} settings the starter reads. Spring binds them (and names the property when a value cannot be
 * converted, e.g. {@code coo4j.client.read-timeout=soon}); {@link Coo4jAutoConfiguration} checks the rules between
 * them and fails start-up with the property's name and the rule. A setting that is optional reads {@code null} while
 * unset, and its getter says what that means; the others have defaults.
 *
 * @since 0.1
 */
@ConfigurationProperties("coo4j")
public class Coo4jProperties {
    /** Every setting at its default; Spring Boot binds {@code coo4j.*} onto it. */
    public Coo4jProperties() {
    }

    /**
     * The data pack folder (HS nomenclature, PSR annexes, customs districts). Unset: the folder named by the COO4J_DATA
     * environment variable, or none, and every check that needs a table reports "not checked".
     */
    private @Nullable Path data;

    private final Client client = new Client();
    private final Exchange exchange = new Exchange();
    private final Serials serials = new Serials();
    private final Print print = new Print();

    /** {@code coo4j.data}: the data pack folder; {@code null} when unset (then {@code COO4J_DATA}, else no pack). */
    public @Nullable Path getData() {
        return data;
    }

    /** Sets {@code coo4j.data}; {@code null} unsets it. */
    public void setData(@Nullable Path data) {
        this.data = data;
    }

    /** The {@code coo4j.client.*} settings; never {@code null}. */
    public Client getClient() {
        return client;
    }

    /** The {@code coo4j.exchange.*} settings; never {@code null}. */
    public Exchange getExchange() {
        return exchange;
    }

    /** The {@code coo4j.serials.*} settings; never {@code null}. */
    public Serials getSerials() {
        return serials;
    }

    /** The {@code coo4j.print.*} settings; never {@code null}. */
    public Print getPrint() {
        return print;
    }

    /** The Single Window (or sandbox) API client; a {@code CooClient} bean exists only when the endpoint is set. */
    public static class Client {
        /** Every {@code Client} setting at its default. */
        public Client() {
        }

        /** The API's base URL, e.g. https://gateway.example.com/v1; plain http only on loopback. */
        private @Nullable String endpoint;
        /**
         * The bearer token sent with every request. Leave it unset when the application defines a TokenSupplier bean
         * (credentials that rotate); setting both is refused.
         */
        private @Nullable String token;
        /** The application's product after coo4j's in the User-Agent of every request, e.g. AcmeERP/5.2. */
        private @Nullable String userAgentSuffix;
        /** The longest wait for a connection. */
        private Duration connectTimeout = Duration.ofSeconds(5);
        /** The longest silence while reading or writing one answer. */
        private Duration readTimeout = Duration.ofSeconds(30);
        /** The longest one attempt may take, connection included. */
        private Duration callTimeout = Duration.ofSeconds(60);
        private final Retry retry = new Retry();

        /** {@code coo4j.client.endpoint}; {@code null} when unset, and then there is no client bean. */
        public @Nullable String getEndpoint() {
            return endpoint;
        }

        /** Sets {@code coo4j.client.endpoint}. */
        public void setEndpoint(@Nullable String endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * {@code coo4j.client.token}; {@code null} when unset, as it must be when a TokenSupplier bean gives the
         * tokens.
         */
        public @Nullable String getToken() {
            return token;
        }

        /** Sets {@code coo4j.client.token}. */
        public void setToken(@Nullable String token) {
            this.token = token;
        }

        /** {@code coo4j.client.user-agent-suffix}; {@code null} when unset: the User-Agent names coo4j alone. */
        public @Nullable String getUserAgentSuffix() {
            return userAgentSuffix;
        }

        /** Sets {@code coo4j.client.user-agent-suffix}. */
        public void setUserAgentSuffix(@Nullable String userAgentSuffix) {
            this.userAgentSuffix = userAgentSuffix;
        }

        /** {@code coo4j.client.connect-timeout}, default 5 s. */
        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        /** Sets {@code coo4j.client.connect-timeout}; a positive duration. */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /** {@code coo4j.client.read-timeout}, default 30 s. */
        public Duration getReadTimeout() {
            return readTimeout;
        }

        /** Sets {@code coo4j.client.read-timeout}; a positive duration. */
        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        /** {@code coo4j.client.call-timeout}, default 60 s. */
        public Duration getCallTimeout() {
            return callTimeout;
        }

        /** Sets {@code coo4j.client.call-timeout}; a positive duration. */
        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        /** The {@code coo4j.client.retry.*} settings; never {@code null}. */
        public Retry getRetry() {
            return retry;
        }
    }

    /** How failed calls that are safe to repeat are retried (with jitter, honouring Retry-After). */
    public static class Retry {
        /** Every {@code Retry} setting at its default. */
        public Retry() {
        }

        /** Attempts in all, the first included; 1 turns retries off. */
        private int maxAttempts = 4;
        /** The wait before the first retry; it doubles up to max-backoff. */
        private Duration initialBackoff = Duration.ofMillis(200);
        /** The longest wait between two attempts. */
        private Duration maxBackoff = Duration.ofSeconds(5);

        /** {@code coo4j.client.retry.max-attempts}, default 4. */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** Sets {@code coo4j.client.retry.max-attempts}; at least 1. */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** {@code coo4j.client.retry.initial-backoff}, default 200 ms. */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /** Sets {@code coo4j.client.retry.initial-backoff}; zero or more. */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /** {@code coo4j.client.retry.max-backoff}, default 5 s. */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** Sets {@code coo4j.client.retry.max-backoff}; at least the initial backoff. */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /** The import client's exchange folders; a {@code FileExchange} bean exists only when the folder is set. */
    public static class Exchange {
        /** Every {@code Exchange} setting at its default. */
        public Exchange() {
        }

        /** The import client's root folder, holding OutBox and InBox. */
        private @Nullable Path folder;

        /** {@code coo4j.exchange.folder}; {@code null} when unset, and then there is no file exchange bean. */
        public @Nullable Path getFolder() {
            return folder;
        }

        /** Sets {@code coo4j.exchange.folder}. */
        public void setFolder(@Nullable Path folder) {
            this.folder = folder;
        }
    }

    /** Where certificate serials are counted. */
    public static class Serials {
        /** Every {@code Serials} setting at its default. */
        public Serials() {
        }

        /**
         * jdbc (a table in the application's DataSource; the default when there is one), file (a crash-safe log shared by
         * the processes of one machine) or memory (tests only: forgotten at exit). Unset and no DataSource: no
         * certificate number generator.
         */
        private @Nullable SerialStoreKind store;
        /** The serial table of the jdbc store: an unquoted SQL name, optionally schema-qualified. */
        private String table = "coo4j_serial";
        /** Whether the jdbc store creates its table when it is missing; turn off when a migration tool owns the schema. */
        private boolean createTable = true;
        /** The log file of the file store. */
        private @Nullable Path file;

        /**
         * {@code coo4j.serials.store}; {@code null} when unset: jdbc when the application has a DataSource, else no
         * store.
         */
        public @Nullable SerialStoreKind getStore() {
            return store;
        }

        /** Sets {@code coo4j.serials.store}. */
        public void setStore(@Nullable SerialStoreKind store) {
            this.store = store;
        }

        /** {@code coo4j.serials.table}, default {@code coo4j_serial}. */
        public String getTable() {
            return table;
        }

        /** Sets {@code coo4j.serials.table}. */
        public void setTable(String table) {
            this.table = table;
        }

        /** {@code coo4j.serials.create-table}, default {@code true}. */
        public boolean isCreateTable() {
            return createTable;
        }

        /** Sets {@code coo4j.serials.create-table}. */
        public void setCreateTable(boolean createTable) {
            this.createTable = createTable;
        }

        /** {@code coo4j.serials.file}; {@code null} when unset, which only the file store refuses. */
        public @Nullable Path getFile() {
            return file;
        }

        /** Sets {@code coo4j.serials.file}. */
        public void setFile(@Nullable Path file) {
            this.file = file;
        }
    }

    /** The serial stores {@code coo4j.serials.store} names. */
    public enum SerialStoreKind {
        /** {@code JdbcSerialStore} on the application's DataSource. */
        JDBC,
        /** {@code FileSerialStore} at {@code coo4j.serials.file}. */
        FILE,
        /** {@code InMemorySerialStore}: tests only. */
        MEMORY
    }

    /** PDF rendering. */
    public static class Print {
        /** Every {@code Print} setting at its default. */
        public Print() {
        }

        /**
         * automatic (Noto Sans SC when io.coo4j:sdk-print-font-sc is on the class path, else Latin only), standard (Latin
         * only), noto-sans-sc (fails without that artifact) or the path of a TrueType font file.
         */
        private String font = "automatic";

        /** {@code coo4j.print.font}, default {@code automatic}. */
        public String getFont() {
            return font;
        }

        /** Sets {@code coo4j.print.font}. */
        public void setFont(String font) {
            this.font = font;
        }
    }
}
