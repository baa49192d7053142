package io.coo4j.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import java.io.IOException;

/** Request bodies read with the strict JSON contract; errors name the body and the JSON path. */
final class Bodies {
    static final CooJson JSON = CooJson.strict();
    /** For counting tokens only; its limits are the strict reader's, which reads the body next. */
    private static final JsonFactory TOKENS = JSON.mapper().getFactory();

    private Bodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        return present(JSON.read(nonEmpty(body), type, "request body"));
    }

    /** A certificate of at most {@link Certificate#MAX_GOODS_LINES} goods lines, counted before any is built. */
    static Certificate certificate(byte[] body) {
        int lines = goodsLines(nonEmpty(body));
        if (lines > Certificate.MAX_GOODS_LINES) {
            throw ApiError.invalid("goods", "more than " + Certificate.MAX_GOODS_LINES + " goods lines; the sandbox,"
                    + " like the Single Window, refuses a certificate no form can hold");
        }
        return JSON.readCertificate(body, "request body");
    }

    /**
     * The number of elements of the top-level {@code goods} array, counted token by token without binding any (a
     * million {@code {}} lines fit in 3 MB), stopping one past the bound. Malformed JSON counts 0 here: the strict
     * reader reports it properly.
     */
    private static int goodsLines(byte[] body) {
        try (JsonParser p = TOKENS.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean goods = "goods".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (goods && value == JsonToken.START_ARRAY) {
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY && n <= Certificate.MAX_GOODS_LINES) {
                        n++;
                        p.skipChildren();
                    }
                    return n;
                }
                p.skipChildren();
            }
            return 0;
        } catch (IOException malformed) {
            return 0;
        }
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
