package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Options of one call: its timeout, the idempotency key (幂等键) a {@code POST} is sent under, and headers of the
 * caller's own (a correlation id, say). Pass them to the operations that take them ({@link Certificates#declare(
 * io.coo4j.core.model.Certificate, RequestOptions)}, {@code save}, the {@code submit}s), or to every call of a view
 * with {@link CooClient#withOptions}. Immutable.
 *
 * <pre>{@code
 * client.certificates().declare(certificate, RequestOptions.builder()
 *         .idempotencyKey(erpDocumentId).timeout(Duration.ofMinutes(2)).header("X-Correlation-Id", traceId).build());
 * }</pre>
 *
 * @since 0.1
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, null, Map.of());
    /** Headers the client writes itself: credentials, the key, content negotiation, framing. */
    private static final Set<String> RESERVED = Set.of("authorization", "idempotency-key", "x-coo-key", "x-coo-date",
            "x-coo-signature", "accept", "content-type", "content-length", "content-encoding", "transfer-encoding",
            "host", "connection", "user-agent");
    private static final int MAX_HEADER_VALUE = 1024;

    private final Duration timeout;
    private final String idempotencyKey;
    private final Map<String, String> headers;

    private RequestOptions(Duration timeout, String idempotencyKey, Map<String, String> headers) {
        this.timeout = timeout;
        this.idempotencyKey = idempotencyKey;
        this.headers = headers;
    }

    /** No options: the client's timeouts, a fresh idempotency key per {@code POST}, no headers of the caller's. */
    public static RequestOptions none() {
        return NONE;
    }

    /** A builder with no option set. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest one attempt of the call may take, connection included, instead of the client's
     * {@code callTimeout}; the read and write timeouts are raised to it when shorter, so that a slow answer is not cut
     * off first. Each retry has it anew.
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * The key a {@code POST} is sent under instead of a fresh one: the same key with the same request is done once,
     * however often it is repeated (after a timeout, a restart), so an ERP that stores it with its document (its
     * document id) gets one certificate; the same key with another request is a {@link ConflictException}.
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The caller's headers, by name (case-insensitive); sent with every attempt, not signed. */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * These options with {@code overrides} laid over them: its timeout and key where it has one, its headers added
     * (replacing those of the same name).
     */
    public RequestOptions with(RequestOptions overrides) {
        if (InvalidInputException.requireArgument(overrides, "RequestOptions.with", "overrides") == NONE) {
            return this;
        }
        if (this == NONE) {
            return overrides;
        }
        Map<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(headers);
        merged.putAll(overrides.headers);
        return new RequestOptions(overrides.timeout == null ? timeout : overrides.timeout,
                overrides.idempotencyKey == null ? idempotencyKey : overrides.idempotencyKey,
                Collections.unmodifiableMap(merged));
    }

    @Override
    public String toString() {
        // The key and the header values may be an ERP's document ids: names only.
        return "RequestOptions[timeout=" + timeout + ", idempotencyKey=" + (idempotencyKey == null ? "none" : "set")
                + ", headers=" + headers.keySet() + "]";
    }

    /** Builds {@link RequestOptions}; every option is unset by default. Not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private String idempotencyKey;
        /** A sorted map keeps its comparator when copied: names stay case-insensitive in the built options. */
        private final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        /** See {@link RequestOptions#timeout()}; positive. */
        public Builder timeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new InvalidInputException("request options", "timeout", "must be a positive duration");
            }
            timeout = value;
            return this;
        }

        /** See {@link RequestOptions#idempotencyKey()}: 1 to 64 printable ASCII characters without spaces. */
        public Builder idempotencyKey(String key) {
            idempotencyKey = Api.idempotencyKey("request options", key);
            return this;
        }

        /**
         * Adds a header of the caller's, replacing one of the same name: the name an HTTP token, the value printable
         * ASCII (at most 1,024 characters). The headers the client writes itself (credentials, {@code Idempotency-Key},
         * {@code Accept}, {@code Content-*}, {@code User-Agent}, …) are refused: use the client's settings for them.
         */
        public Builder header(String name, String value) {
            InvalidInputException.requireArgument(name, "RequestOptions.Builder.header", "name");
            InvalidInputException.requireArgument(value, "RequestOptions.Builder.header", "value");
            if (name.isEmpty() || !name.chars().allMatch(Builder::tokenChar)) {
                throw new InvalidInputException("request options", "headers", "not a header name: " + name);
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("request options", "headers." + name,
                        "written by the client itself; set it through the client's settings");
            }
            if (value == null || value.length() > MAX_HEADER_VALUE
                    || !value.chars().allMatch(c -> c == '\t' || (c >= ' ' && c < 0x7f))) {
                throw new InvalidInputException("request options", "headers." + name,
                        "the value must be printable ASCII, at most " + MAX_HEADER_VALUE + " characters");
            }
            headers.put(name, value);
            return this;
        }

        /** The options; with none set, {@link RequestOptions#none()}. */
        public RequestOptions build() {
            if (timeout == null && idempotencyKey == null && headers.isEmpty()) {
                return NONE;
            }
            return new RequestOptions(timeout, idempotencyKey, Collections.unmodifiableMap(new TreeMap<>(headers)));
        }

        /** RFC 9110 token characters. */
        private static boolean tokenChar(int c) {
            return c < 0x7f && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
        }
    }
}
