package io.coo4j.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code coo4j.*} settings the starter reads. Spring binds them (and names the property when a value cannot be
 * converted, e.g. {@code coo4j.client.read-timeout=soon}); {@link Coo4jAutoConfiguration} checks the rules between
 * them and fails start-up with the property's name and the rule.
 *
 * @since 0.1
 */
@ConfigurationProperties("coo4j")
public class Coo4jProperties {
    /**
     * The data pack folder (HS nomenclature, PSR annexes, customs districts). Unset: the folder named by the COO4J_DATA
     * environment variable, or none, and every check that needs a table reports "not checked".
     */
    private Path data;

    private final Client client = new Client();
    private final Exchange exchange = new Exchange();
    private final Serials serials = new Serials();
    private final Print print = new Print();

    public Path getData() {
        return data;
    }

    public void setData(Path data) {
        this.data = data;
    }

    public Client getClient() {
        return client;
    }

    public Exchange getExchange() {
        return exchange;
    }

    public Serials getSerials() {
        return serials;
    }

    public Print getPrint() {
        return print;
    }

    /** The Single Window (or sandbox) API client; a {@code CooClient} bean exists only when the endpoint is set. */
    public static class Client {
        /** The API's base URL, e.g. https://gateway.example.com/v1; plain http only on loopback. */
        private String endpoint;
        /**
         * The bearer token sent with every request. Leave it unset when the application defines a TokenSupplier bean
         * (credentials that rotate); setting both is refused.
         */
        private String token;
        /** The application's product after coo4j's in the User-Agent of every request, e.g. AcmeERP/5.2. */
        private String userAgentSuffix;
        /** The longest wait for a connection. */
        private Duration connectTimeout = Duration.ofSeconds(5);
        /** The longest silence while reading or writing one answer. */
        private Duration readTimeout = Duration.ofSeconds(30);
        /** The longest one attempt may take, connection included. */
        private Duration callTimeout = Duration.ofSeconds(60);
        private final Retry retry = new Retry();

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getUserAgentSuffix() {
            return userAgentSuffix;
        }

        public void setUserAgentSuffix(String userAgentSuffix) {
            this.userAgentSuffix = userAgentSuffix;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public Duration getCallTimeout() {
            return callTimeout;
        }

        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        public Retry getRetry() {
            return retry;
        }
    }

    /** How failed calls that are safe to repeat are retried (with jitter, honouring Retry-After). */
    public static class Retry {
        /** Attempts in all, the first included; 1 turns retries off. */
        private int maxAttempts = 4;
        /** The wait before the first retry; it doubles up to max-backoff. */
        private Duration initialBackoff = Duration.ofMillis(200);
        /** The longest wait between two attempts. */
        private Duration maxBackoff = Duration.ofSeconds(5);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /** The import client's exchange folders; a {@code FileExchange} bean exists only when the folder is set. */
    public static class Exchange {
        /** The import client's root folder, holding OutBox and InBox. */
        private Path folder;

        public Path getFolder() {
            return folder;
        }

        public void setFolder(Path folder) {
            this.folder = folder;
        }
    }

    /** Where certificate serials are counted. */
    public static class Serials {
        /**
         * jdbc (a table in the application's DataSource; the default when there is one), file (a crash-safe log shared by
         * the processes of one machine) or memory (tests only: forgotten at exit). Unset and no DataSource: no
         * certificate number generator.
         */
        private SerialStoreKind store;
        /** The serial table of the jdbc store: an unquoted SQL name, optionally schema-qualified. */
        private String table = "coo4j_serial";
        /** Whether the jdbc store creates its table when it is missing; turn off when a migration tool owns the schema. */
        private boolean createTable = true;
        /** The log file of the file store. */
        private Path file;

        public SerialStoreKind getStore() {
            return store;
        }

        public void setStore(SerialStoreKind store) {
            this.store = store;
        }

        public String getTable() {
            return table;
        }

        public void setTable(String table) {
            this.table = table;
        }

        public boolean isCreateTable() {
            return createTable;
        }

        public void setCreateTable(boolean createTable) {
            this.createTable = createTable;
        }

        public Path getFile() {
            return file;
        }

        public void setFile(Path file) {
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
        /**
         * automatic (Noto Sans SC when io.coo4j:sdk-print-font-sc is on the class path, else Latin only), standard (Latin
         * only), noto-sans-sc (fails without that artifact) or the path of a TrueType font file.
         */
        private String font = "automatic";

        public String getFont() {
            return font;
        }

        public void setFont(String font) {
            this.font = font;
        }
    }
}
