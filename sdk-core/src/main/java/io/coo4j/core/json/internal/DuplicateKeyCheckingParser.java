package io.coo4j.core.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;

/**
 * Refuses a key that appears twice in one object, as Jackson's {@code STRICT_DUPLICATE_DETECTION} does,
 * at a fraction of its cost: Jackson builds a hash set per object, which was a fifth of the time of reading
 * a certificate. Objects of the format have at most a few dozen keys, and the parser hands out canonical
 * (interned) names, so a scan of the names seen so far is cheaper than hashing.
 *
 * <p>Every way of advancing the parser goes through {@link #nextToken()}, so no key escapes the check.
 */
public final class DuplicateKeyCheckingParser extends JsonParserDelegate {
    private String[][] names = new String[16][];
    private int[] counts = new int[16];
    private int depth = -1;

    public DuplicateKeyCheckingParser(JsonParser d) {
        super(d);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == JsonToken.START_OBJECT) {
            push();
        } else if (t == JsonToken.END_OBJECT) {
            depth--;
        } else if (t == JsonToken.FIELD_NAME) {
            check(delegate.currentName());
        }
        return t;
    }

    private void push() {
        depth++;
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
        }
        if (names[depth] == null) {
            names[depth] = new String[32];
        }
        counts[depth] = 0;
    }

    private void check(String name) throws JsonParseException {
        String[] seen = names[depth];
        int n = counts[depth];
        for (int i = 0; i < n; i++) {
            String s = seen[i];
            if (s == name || s.equals(name)) {
                throw new JsonParseException(delegate, "Duplicate field '" + name + "'");
            }
        }
        if (n == seen.length) {
            seen = Arrays.copyOf(seen, n * 2);
            names[depth] = seen;
        }
        seen[n] = name;
        counts[depth] = n + 1;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString str) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken n = nextToken();
            if (n == null) {
                return this;
            }
            if (n.isStructStart()) {
                open++;
            } else if (n.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    @Override
    public boolean isExpectedStartArrayToken() {
        return currentToken() == JsonToken.START_ARRAY;
    }
}
