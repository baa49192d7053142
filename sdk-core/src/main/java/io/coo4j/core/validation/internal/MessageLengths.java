package io.coo4j.core.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The customs message's length limits (coo.xsd maxLength) of the text elements a certificate's fields fill, read from
 * {@code message-lengths.tsv}: one row per element, with the model paths whose text it carries ({@code goods[]} for
 * every goods line, {@code additionalQuantities[0]} for one entry; several paths joined by {@code +} are written on
 * lines of one element, so their lengths add up with the line breaks). sdk-client's message table is the source of
 * the file, and a test there keeps the two equal.
 */
public final class MessageLengths {
    /** One element's limit, with each path split into its steps once, at load. */
    public record Limit(String element, int max, List<String> paths, List<String[]> steps) {
        Limit(String element, int max, List<String> paths) {
            this(element, max, paths, paths.stream().map(p -> p.split("\\.")).toList());
        }
    }

    /** Reports one field over its element's limit: the JSON path, its length, the element and the limit. */
    public interface Sink {
        /** One field, or fields joined on lines, over the limit. */
        void over(String path, int length, String element, int max);
    }

    private static final List<Limit> LIMITS = load();
    /** Each record type's accessors by component name, looked up once per type. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? Map.of() : Arrays.stream(components)
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));
        }
    };

    private MessageLengths() {
    }

    /** The limits, in the file's order. */
    public static List<Limit> limits() {
        return LIMITS;
    }

    /**
     * Checks {@code root} against every limit; with {@code within} (e.g. {@code goods[]}), only the limits under that
     * first step, checked on {@code root} as one of its entries. Paths are reported under {@code parent}.
     */
    public static void check(Object root, @Nullable String within, String parent, Sink sink) {
        int from = within == null ? 0 : 1;
        for (Limit limit : LIMITS) {
            if (within != null && !limit.steps().get(0)[0].equals(within)) {
                continue;
            }
            int[] total = {limit.paths().size() - 1}; // the line breaks between paths written on lines
            String[] last = {null};
            for (String[] steps : limit.steps()) {
                walk(root, steps, from, parent, (path, value) -> {
                    total[0] += value.codePointCount(0, value.length());
                    last[0] = path;
                    if (limit.steps().size() == 1) { // one path, many lines of goods: each value on its own
                        report(limit, path, total[0], sink);
                        total[0] = 0;
                    }
                });
            }
            if (limit.steps().size() > 1 && last[0] != null) {
                report(limit, last[0], total[0], sink);
            }
        }
    }

    /**
     * Checks values held outside a certificate (a principal's) by the limit of the certificate path they fill:
     * {@code lines} are written on lines of that element, as its limit's paths are, and reported at {@code reportAs}.
     */
    public static void check(String certificatePath, List<@Nullable String> lines, String reportAs, Sink sink) {
        for (Limit limit : LIMITS) {
            if (limit.paths().contains(certificatePath)) {
                int total = lines.size() - 1;
                for (String line : lines) {
                    total += line == null ? 0 : line.codePointCount(0, line.length());
                }
                report(limit, reportAs, total, sink);
                return;
            }
        }
        throw new IllegalStateException("message-lengths.tsv has no element for " + certificatePath);
    }

    private static void report(Limit limit, String path, int length, Sink sink) {
        if (length > limit.max()) {
            sink.over(path, length, limit.element(), limit.max());
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
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalStateException("message-lengths.tsv names " + name + ", which "
                    + record.getClass().getSimpleName() + " has not");
        }
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("message-lengths.tsv: " + name + " of " + record.getClass().getSimpleName(), e);
        }
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
