package io.coo4j.core.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The customs message's length limits (coo.xsd maxLength) of the text elements a certificate's fields fill, read from
 * {@code message-lengths.tsv}: one row per element, with the model paths whose text it carries ({@code goods[]} for
 * every goods line, {@code additionalQuantities[0]} for one entry; several paths joined by {@code +} are written on
 * lines of one element, so their lengths add up with the line breaks). sdk-client's message table is the source of
 * the file, and a test there keeps the two equal.
 */
public final class MessageLengths {
    /** One element's limit. */
    public record Limit(String element, int max, List<String> paths) {
    }

    /** Reports one field over its element's limit: the JSON path, its length, the element and the limit. */
    public interface Sink {
        /** One field, or fields joined on lines, over the limit. */
        void over(String path, int length, String element, int max);
    }

    private static final List<Limit> LIMITS = load();
    private static final Map<String, Method> ACCESSORS = new ConcurrentHashMap<>();

    private MessageLengths() {
    }

    /** The limits, in the file's order. */
    public static List<Limit> limits() {
        return LIMITS;
    }

    /**
     * Checks {@code root} against every limit whose paths start with {@code prefix} (the prefix is taken off; empty
     * for a certificate, {@code goods[].} for one goods line), reporting paths under {@code parent}.
     */
    public static void check(Object root, String prefix, String parent, Sink sink) {
        for (Limit limit : LIMITS) {
            if (!limit.paths().get(0).startsWith(prefix)) {
                continue;
            }
            List<String> paths = limit.paths().stream().map(p -> p.substring(prefix.length())).toList();
            if (paths.size() == 1) {
                walk(root, paths.get(0).split("\\."), 0, parent, (path, value) -> {
                    int n = value.codePointCount(0, value.length());
                    if (n > limit.max()) {
                        sink.over(path, n, limit.element(), limit.max());
                    }
                });
            } else {
                int[] total = {paths.size() - 1};
                for (String p : paths) {
                    walk(root, p.split("\\."), 0, parent, (path, value) -> total[0] += value.codePointCount(0, value.length()));
                }
                if (total[0] > limit.max()) {
                    String first = parent.isEmpty() ? paths.get(paths.size() - 1) : parent + "." + paths.get(paths.size() - 1);
                    sink.over(first, total[0], limit.element(), limit.max());
                }
            }
        }
    }

    private interface Visitor {
        void text(String path, String value);
    }

    private static void walk(@Nullable Object node, String[] steps, int i, String at, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (i == steps.length) {
            if (node instanceof String s) {
                visitor.text(at, s);
            }
            return;
        }
        String step = steps[i];
        int bracket = step.indexOf('[');
        String name = bracket < 0 ? step : step.substring(0, bracket);
        Object value = component(node, name);
        String here = at.isEmpty() ? name : at + "." + name;
        if (bracket < 0) {
            walk(value, steps, i + 1, here, visitor);
        } else if (value instanceof List<?> list) {
            String index = step.substring(bracket + 1, step.length() - 1);
            if (index.isEmpty()) {
                for (int k = 0; k < list.size(); k++) {
                    walk(list.get(k), steps, i + 1, here + "[" + k + "]", visitor);
                }
            } else {
                int k = Integer.parseInt(index);
                if (k < list.size()) {
                    walk(list.get(k), steps, i + 1, here + "[" + k + "]", visitor);
                }
            }
        }
    }

    private static @Nullable Object component(Object record, String name) {
        Method accessor = ACCESSORS.computeIfAbsent(record.getClass().getName() + "#" + name, k -> accessor(record.getClass(), name));
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("message-lengths.tsv: " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static Method accessor(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
            for (RecordComponent c : components) {
                if (c.getName().equals(name)) {
                    return c.getAccessor();
                }
            }
        }
        throw new IllegalStateException("message-lengths.tsv names " + name + ", which " + type.getSimpleName() + " has not");
    }

    private static List<Limit> load() {
        List<Limit> out = new ArrayList<>();
        try (InputStream in = MessageLengths.class.getResourceAsStream("message-lengths.tsv")) {
            if (in == null) {
                throw new IllegalStateException("message-lengths.tsv is missing from sdk-core");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                out.add(new Limit(cells[0], Integer.parseInt(cells[1]), List.of(cells[2].split("\\+"))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("message-lengths.tsv cannot be read from sdk-core", e);
        }
        return List.copyOf(out);
    }
}
