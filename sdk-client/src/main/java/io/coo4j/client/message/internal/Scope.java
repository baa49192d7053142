package io.coo4j.client.message.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coo4j.client.message.ApplyType;

/**
 * Where a codec is working: the certificate as a JSON tree, the object its element belongs to (the
 * certificate itself, a goods line, a non-party company, an invoice) and the code lists. A path starting
 * with {@code $} names a field of the certificate from anywhere. Not thread-safe: one per message.
 */
public abstract sealed class Scope {
    private final JsonNode root;
    private final MessageCodes codes;
    JsonNode item;
    int index;

    Scope(JsonNode root, MessageCodes codes) {
        this.root = root;
        this.codes = codes;
        this.item = root;
    }

    public JsonNode get(String path) {
        return path.startsWith("$") ? JsonPaths.get(root, path.substring(1)) : JsonPaths.get(item, path);
    }

    public MessageCodes codes() {
        return codes;
    }

    /** The place of the current item in its list, from 0. */
    public int index() {
        return index;
    }

    /** Writing a certificate: the apply type is the caller's. */
    public static final class Writing extends Scope {
        private final ApplyType applyType;

        public Writing(JsonNode root, MessageCodes codes, ApplyType applyType) {
            super(root, codes);
            this.applyType = applyType;
        }

        public ApplyType applyType() {
            return applyType;
        }
    }

    /** Reading a certificate into a JSON tree; the apply type is found in the message. */
    public static final class Reading extends Scope {
        private ApplyType applyType;

        public Reading(ObjectNode root, MessageCodes codes) {
            super(root, codes);
        }

        public void set(String path, JsonNode value) {
            JsonPaths.set((ObjectNode) item, path, value);
        }

        void applyType(String code) {
            applyType = ApplyType.ofCode(code);
        }

        public ApplyType applyType() {
            return applyType;
        }
    }
}
