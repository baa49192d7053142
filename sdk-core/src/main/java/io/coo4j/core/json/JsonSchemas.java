package io.coo4j.core.json;

import io.coo4j.core.InvalidInputException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (draft 2020-12) of coo4j's documents, derived from the model's records so that the
 * published schemas ({@code docs/schema/*.schema.json}) say exactly what {@link CooJson} reads: every
 * field of the record, no others ({@code additionalProperties: false}), {@code null} allowed wherever the
 * reader takes "absent" or {@code null}, numbers where amounts are {@code BigDecimal}, dates as
 * {@code YYYY-MM-DD}. Thread-safe.
 *
 * @since 0.1
 */
public final class JsonSchemas {
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private JsonSchemas() {
    }

    /**
     * The schema of a document whose root is {@code root} (a record).
     *
     * @param id    the schema's {@code $id}
     * @param title a title for people
     */
    public static Map<String, Object> of(Class<? extends Record> root, String id, String title) {
        InvalidInputException.requireArgument(root, "JsonSchemas.of", "root");
        InvalidInputException.requireArgument(id, "JsonSchemas.of", "id");
        InvalidInputException.requireArgument(title, "JsonSchemas.of", "title");
        Map<String, Object> defs = new TreeMap<>();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        schema.putAll(object(root, defs, true));
        if (!defs.isEmpty()) {
            schema.put("$defs", defs);
        }
        return schema;
    }

    private static Map<String, Object> object(Class<?> type, Map<String, Object> defs, boolean root) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("additionalProperties", false);
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (root && c.getName().equals("formatVersion")) {
                Map<String, Object> version = new LinkedHashMap<>(); // ordered: Map.of's order changes between JVMs
                version.put("type", "integer");
                version.put("const", 1);
                props.put("formatVersion", version);
                required.add("formatVersion");
            } else {
                props.put(c.getName(), schema(c.getGenericType(), defs, true));
            }
        }
        s.put("properties", props);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        return s;
    }

    private static Map<String, Object> schema(Type t, Map<String, Object> defs, boolean nullable) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", nullable ? List.of("array", "null") : "array");
            s.put("items", schema(p.getActualTypeArguments()[0], defs, false));
            return s;
        }
        Class<?> c = (Class<?>) t;
        Map<String, Object> s = new LinkedHashMap<>();
        if (c == String.class) {
            s.put("type", nullable ? List.of("string", "null") : "string");
            s.put("maxLength", CooJson.MAX_STRING_LENGTH);
        } else if (c == BigDecimal.class) {
            s.put("type", nullable ? List.of("number", "null") : "number");
        } else if (c == int.class || c == long.class) {
            s.put("type", "integer");
        } else if (c == Integer.class || c == Long.class) {
            s.put("type", nullable ? List.of("integer", "null") : "integer");
        } else if (c == boolean.class) {
            s.put("type", "boolean");
        } else if (c == Boolean.class) {
            s.put("type", nullable ? List.of("boolean", "null") : "boolean");
        } else if (c == LocalDate.class) {
            s.put("type", nullable ? List.of("string", "null") : "string");
            s.put("pattern", DATE_PATTERN);
        } else if (c == Instant.class) {
            s.put("type", nullable ? List.of("string", "null") : "string");
            s.put("format", "date-time");
        } else if (c.isEnum()) {
            List<Object> values = new ArrayList<>();
            for (Object e : c.getEnumConstants()) {
                values.add(e.toString());
            }
            if (nullable) {
                values.add(null);
            }
            s.put("enum", values);
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!defs.containsKey(name)) {
                defs.put(name, Map.of()); // placeholder: a record that contains itself must not recurse forever
                defs.put(name, object(c, defs, false));
            }
            Map<String, Object> ref = Map.of("$ref", "#/$defs/" + name);
            if (!nullable) {
                return ref;
            }
            s.put("anyOf", List.of(ref, Map.of("type", "null")));
        } else {
            throw new InvalidInputException("JsonSchemas.of", "root", "no JSON schema mapping for " + c.getName());
        }
        return s;
    }
}
