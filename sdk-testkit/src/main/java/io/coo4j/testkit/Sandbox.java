package io.coo4j.testkit;

import io.coo4j.client.CooClient;
import io.coo4j.client.RetryPolicy;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.testkit.internal.SandboxServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Single Window (单一窗口) simulator: a real HTTP server on loopback answering {@code docs/api.md} with the customs
 * side's behaviour, in memory (or kept in a file: {@link Builder#journal}). A declaration gets its receipts in order — 数据已发往海关, then 海关入库成功 and 审核通过
 * or 退证 (with the errors sdk-rules' {@code CertificateValidator} finds), each one {@code reviewDelay} later;
 * every lifecycle table of sdk-core is enforced; numbers come from sdk-rules' generator; idempotency keys are
 * honoured; and {@link Faults} make it fail on purpose. Start one per test class with {@link CooSandbox}, or:
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(50)).start();
 *      CooClient client = sandbox.newClient()) { ... }
 * }</pre>
 *
 * <p>Thread-safe (线程安全): any number of clients may call it at once, and {@link #faults(Faults)} may change while
 * they do.
 *
 * @since 0.1
 */
public final class Sandbox implements AutoCloseable {
    /** The token a sandbox accepts unless told otherwise. Not a secret: the sandbox only listens on loopback. */
    public static final String DEFAULT_TOKEN = "coo4j-sandbox";

    private final SandboxServer server;
    private final String token;
    private final Duration reviewDelay;
    private volatile Faults faults;

    private Sandbox(Builder b) {
        this.token = b.token;
        this.reviewDelay = b.reviewDelay;
        this.faults = b.faults;
        try {
            this.server = new SandboxServer(b.port, b.token, b.hmacKeys, b.reviewDelay, () -> faults, b.threads,
                    b.clock, b.validator == null ? CertificateValidator.defaults() : b.validator, b.journal);
        } catch (IOException e) {
            throw new CooException("the sandbox cannot listen on port " + b.port + ": " + e.getMessage(), e);
        }
    }

    /** A builder of a sandbox with the default token, no faults and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The API's base URL, {@code http://127.0.0.1:PORT/v1}. */
    public String endpoint() {
        return server.endpoint();
    }

    /** The loopback port the sandbox listens on. */
    public int port() {
        return server.port();
    }

    /** The bearer token the sandbox accepts. */
    public String token() {
        return token;
    }

    /** The faults the sandbox injects now. */
    public Faults faults() {
        return faults;
    }

    /** Changes the injected faults from the next request on. */
    public void faults(Faults value) {
        faults = InvalidInputException.requireArgument(value, "sandbox configuration", "faults");
    }

    /**
     * A client builder for this sandbox: its endpoint and token, polling four times per review delay, retries with
     * short waits. Adjust and build; the caller closes the client.
     */
    public CooClient.Builder clientBuilder() {
        Duration poll = reviewDelay.dividedBy(4);
        return CooClient.builder().endpoint(endpoint()).token(token)
                .pollInterval(poll.compareTo(Duration.ofMillis(5)) < 0 ? Duration.ofMillis(5) : poll)
                .retryPolicy(new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(100)));
    }

    /** {@code clientBuilder().build()}. */
    public CooClient newClient() {
        return clientBuilder().build();
    }

    /** Stops listening and drops every record (a journal keeps them for the next sandbox on its file). */
    @Override
    public void close() {
        server.close();
    }

    /** Builds and starts a {@link Sandbox}. Not thread-safe. */
    public static final class Builder {
        private int port;
        private String token = DEFAULT_TOKEN;
        private final Map<String, byte[]> hmacKeys = new LinkedHashMap<>();
        private Duration reviewDelay = Duration.ofMillis(100);
        private Faults faults = Faults.none();
        private int threads = 32;
        private Clock clock = Clock.systemUTC();
        private @Nullable CertificateValidator validator;
        private @Nullable Path journal;

        private Builder() {
        }

        /** The loopback port; 0 (the default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new InvalidInputException("sandbox configuration", "port", "0 to 65535, got " + value);
            }
            port = value;
            return this;
        }

        /** The bearer token the sandbox accepts. */
        public Builder token(String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("sandbox configuration", "token", "required");
            }
            token = value;
            return this;
        }

        /** Accepts requests signed with {@code secret} under {@code keyId} as well as the token. */
        public Builder hmacKey(String keyId, byte[] secret) {
            hmacKeys.put(InvalidInputException.requireArgument(keyId, "sandbox configuration", "keyId"),
                    InvalidInputException.requireArgument(secret, "sandbox configuration", "secret").clone());
            return this;
        }

        /** How long each review step takes (receipt to receipt); default 100 ms. */
        public Builder reviewDelay(Duration value) {
            if (value == null || value.isNegative()) {
                throw new InvalidInputException("sandbox configuration", "reviewDelay", "zero or more");
            }
            reviewDelay = value;
            return this;
        }

        /** The faults the sandbox starts with. */
        public Builder faults(Faults value) {
            faults = InvalidInputException.requireArgument(value, "sandbox configuration", "faults");
            return this;
        }

        /** Threads answering requests (default 32). */
        public Builder threads(int value) {
            if (value < 1) {
                throw new InvalidInputException("sandbox configuration", "threads", "at least 1");
            }
            threads = value;
            return this;
        }

        /**
         * The clock the sandbox dates receipts and numbers by, and by which a self-print layout (版式) falls due, one
         * review delay after the approval or a content fault: a clock that stands still holds the layout back. The
         * system UTC clock unless set.
         */
        public Builder clock(Clock value) {
            clock = InvalidInputException.requireArgument(value, "sandbox configuration", "clock");
            return this;
        }

        /** The validator of the review (default: sdk-rules' defaults, without a data pack). */
        public Builder validator(CertificateValidator value) {
            validator = InvalidInputException.requireArgument(value, "sandbox configuration", "validator");
            return this;
        }

        /**
         * Keeps the sandbox's records in {@code file}: every change is appended as it happens, and a sandbox started
         * on the same file replays them first, so certificates, numbers, states, receipts (with their times) and
         * idempotency keys outlive a restart. Review steps that fell due while no sandbox ran are done on start.
         * Injected faults are not part of what is kept. Default: in memory only.
         */
        public Builder journal(Path file) {
            journal = InvalidInputException.requireArgument(file, "sandbox configuration", "journal");
            return this;
        }

        /** Starts the server on loopback; close the sandbox to stop it. */
        public Sandbox start() {
            return new Sandbox(this);
        }
    }
}
