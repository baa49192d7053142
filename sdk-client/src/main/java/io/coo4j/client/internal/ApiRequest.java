package io.coo4j.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.client.CallInfo;
import io.coo4j.client.RequestOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of the API: its operation's name ({@link CallInfo#operation()}), method, path segments (encoded when the
 * URL is built), query, JSON body, the idempotency key a POST keeps across its retries, the type of the answer
 * ({@code null}: no body expected) and the caller's options (timeout, headers). Immutable.
 */
public record ApiRequest(String operation, String method, List<String> path, Map<String, String> query, byte[] body,
                         String idempotencyKey, JavaType answer, RequestOptions options) {
    public ApiRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
        path = List.copyOf(path);
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** How the call is named in logs and errors: method and path, never a body or a header. */
    public String describe() {
        return method + " " + pathText();
    }

    /** What a listener is told. */
    CallInfo info() {
        return new CallInfo(operation, method, pathText());
    }

    private String pathText() {
        return "/" + String.join("/", path);
    }
}
