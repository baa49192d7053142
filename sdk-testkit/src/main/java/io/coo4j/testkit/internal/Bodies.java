package io.coo4j.testkit.internal;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;

/** Request bodies read with the strict JSON contract; errors name the body and the JSON path. */
final class Bodies {
    static final CooJson JSON = CooJson.strict();

    private Bodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiError.invalid("", "a JSON body is required");
        }
        return JSON.read(body, type, "request body");
    }

    static Certificate certificate(byte[] body) {
        return JSON.readCertificate(body, "request body");
    }
}
