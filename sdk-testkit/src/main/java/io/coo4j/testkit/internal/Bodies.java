package io.coo4j.testkit.internal;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;

/** Request bodies read with the strict JSON contract; errors name the body and the JSON path. */
final class Bodies {
    static final CooJson JSON = CooJson.strict();

    private Bodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        return present(JSON.read(nonEmpty(body), type, "request body"));
    }

    static Certificate certificate(byte[] body) {
        return JSON.readCertificate(nonEmpty(body), "request body");
    }

    private static byte[] nonEmpty(byte[] body) {
        if (body.length == 0) {
            throw ApiError.invalid("", "a JSON body is required");
        }
        return body;
    }

    /** A body of JSON {@code null} reads as no value: refused here, not met later as a NullPointerException. */
    private static <T> T present(T value) {
        if (value == null) {
            throw ApiError.invalid("", "the request body is null; a JSON object is required");
        }
        return value;
    }
}
