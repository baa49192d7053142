package io.coo4j.client.message.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dotted paths into a JSON tree ({@code transport.mode}, {@code additionalQuantities[1].unit}), the paths the
 * message layout names model fields by. Reading a missing step gives null; writing creates the steps, and a
 * list is padded with empty objects up to the index written.
 */
public final class JsonPaths {
    private JsonPaths() {
    }

    /** Paths split into steps, once each: the layout names the same few hundred paths for every message. */
    private static final Map<String, String[]> STEPS = new ConcurrentHashMap<>();

    private static String[] steps(String path) {
        return STEPS.computeIfAbsent(path, p -> p.split("\\."));
    }

    /** The value at {@code path}, or null when a step is missing or JSON null. */
    public static JsonNode get(JsonNode scope, String path) {
        JsonNode n = scope;
        for (String step : steps(path)) {
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            n = n == null ? null : n.get(field);
            if (bracket >= 0 && n != null) {
                n = n.get(index(step, bracket));
            }
            if (n == null || n.isNull()) {
                return null;
            }
        }
        return n;
    }

    /** Sets {@code value} at {@code path}, creating objects and list entries on the way. */
    public static void set(ObjectNode scope, String path, JsonNode value) {
        String[] steps = steps(path);
        ObjectNode n = scope;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            boolean last = i == steps.length - 1;
            if (bracket < 0) {
                if (last) {
                    n.set(step, value);
                } else {
                    n = objectAt(n, step);
                }
                continue;
            }
            ArrayNode list = n.get(step.substring(0, bracket)) instanceof ArrayNode a ? a : n.putArray(step.substring(0, bracket));
            int index = index(step, bracket);
            while (list.size() <= index) {
                list.addObject();
            }
            if (last) {
                list.set(index, value);
            } else {
                n = (ObjectNode) list.get(index);
            }
        }
    }

    /** The object holding the last step of {@code path} (null when a step before it is missing), and that step's name. */
    public static Map.Entry<JsonNode, String> holder(JsonNode scope, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode holder = dot < 0 ? scope : get(scope, path.substring(0, dot));
        return new AbstractMap.SimpleImmutableEntry<>(holder, path.substring(dot + 1));
    }

    /** The object at {@code field}, created when absent. */
    public static ObjectNode objectAt(ObjectNode n, String field) {
        return n.get(field) instanceof ObjectNode o ? o : n.putObject(field);
    }

    /** {@code scope.path}, or {@code path} alone at the top. */
    public static String join(String scope, String path) {
        return scope.isEmpty() ? path : scope + "." + path;
    }

    private static int index(String step, int bracket) {
        return Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
    }
}
