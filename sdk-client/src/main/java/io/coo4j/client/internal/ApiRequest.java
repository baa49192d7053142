package io.coo4j.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of the API: method, path segments (encoded when the URL is built), query, JSON body, the idempotency key a
 * POST keeps across its retries, and the type of the answer ({@code null}: no body expected). Immutable.
 */
public record ApiRequest(String method, List<String> path, Map<String, String> query, byte[] body,
                         String idempotencyKey, JavaType answer) {
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        path = List.copyOf(path);
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** How the call is named in logs and errors: method and path, never a body or a header. */
    public String describe() {
        return method + " /" + String.join("/", path);
    }
}
