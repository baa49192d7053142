package io.coo4j.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.coo4j.core.json.CooJson;
import java.io.IOException;

/**
 * The error document of {@code docs/api.md}, read leniently: an error answer from a proxy or a newer service (HTML,
 * extra fields) must still become a typed exception, not a parse failure that hides the status.
 */
record ErrorBody(String code, String message, String field, String state, String operation) {
    static ErrorBody parse(byte[] bytes, int status) {
        String fallback = "HTTP_" + status;
        try {
            JsonNode n = CooJson.strict().mapper().readTree(bytes);
            if (n != null && n.isObject()) {
                return new ErrorBody(text(n, "code", fallback), text(n, "message", "the service answered " + status),
                        text(n, "field", null), text(n, "state", null), text(n, "operation", null));
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON: the status alone tells what happened.
        }
        return new ErrorBody(fallback, "the service answered " + status, null, null, null);
    }

    private static String text(JsonNode n, String name, String otherwise) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? otherwise : v.asText();
    }
}
