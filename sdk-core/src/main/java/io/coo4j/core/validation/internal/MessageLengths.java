package io.coo4j.core.validation.internal;

import io.coo4j.core.model.Certificate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The customs message's length limits (coo.xsd maxLength) of the text elements a certificate's fields fill, read from
 * {@code message-lengths.tsv}: one row per element, with the model paths whose text it carries ({@code goods[]} for
 * every goods line, {@code additionalQuantities[0]} for one entry; several paths joined by {@code +} are written on
 * lines of one element, so their lengths add up with the line breaks). sdk-client's message table is the source of
 * the file, and a test there keeps the two equal.
 */
public final class MessageLengths {
    /** One element's limit, with each path resolved into its steps once, at load. */
    public record Limit(String element, int max, List<String> paths, List<Step[]> steps) {
        Limit(String element, int max, List<String> paths) {
            this(element, max, paths, paths.stream().map(Step::resolve).toList());
        }
    }

    /**
     * One step of a path: the record component's getter, resolved from the certificate's types at load (walking then
     * costs a direct call per step, no lookup), and which entries when it is a list ({@link #ALL}, one index, or none).
     */
    record Step(String name, int index, MethodHandle getter) {
        static final int NONE = -1;
        static final int ALL = -2;

        static Step[] resolve(String path) {
            String[] parts = path.split("\\.");
            Step[] steps = new Step[parts.length];
            Class<?> type = Certificate.class;
            for (int i = 0; i < parts.length; i++) {
                int bracket = parts[i].indexOf('[');
                String name = bracket < 0 ? parts[i] : parts[i].substring(0, bracket);
                String index = bracket < 0 ? null : parts[i].substring(bracket + 1, parts[i].length() - 1);
                RecordComponent c = component(type, name, path);
                try {
                    MethodHandle getter = MethodHandles.publicLookup().unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    steps[i] = new Step(name, index == null ? NONE : index.isEmpty() ? ALL : Integer.parseInt(index), getter);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("message-lengths.tsv: " + path, e);
                }
                type = index == null ? c.getType()
                        : (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            }
            return steps;
        }

        private static RecordComponent component(Class<?> type, String name, String path) {
            RecordComponent[] components = type.getRecordComponents();
            return Arrays.stream(components == null ? new RecordComponent[0] : components)
                    .filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("message-lengths.tsv: " + path + " names " + name
                            + ", which " + type.getSimpleName() + " has not"));
        }

        @Nullable Object of(Object record) {
            try {
                return getter.invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException("message-lengths.tsv: " + name + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }

    /** Reports one field over its element's limit: the JSON path, its length, the element and the limit. */
    public interface Sink {
        /** One field, or fields joined on lines, over the limit. */
        void over(String path, int length, String element, int max);
    }

    private static final List<Limit> LIMITS = load();
    private MessageLengths() {
    }

    /** The limits, in the file's order. */
    public static List<Limit> limits() {
        return LIMITS;
    }

    /**
     * Checks {@code root} against every limit; with {@code within} (a list such as {@code goods}), only the limits
     * under that list, checked on {@code root} as one of its entries. Paths are reported under {@code parent}.
     */
    public static void check(Object root, @Nullable String within, String parent, Sink sink) {
        int from = within == null ? 0 : 1;
        for (Limit limit : LIMITS) {
            Step[] first = limit.steps().get(0);
            if (within != null && !(first[0].index() == Step.ALL && first[0].name().equals(within))) {
                continue;
            }
            if (limit.steps().size() == 1) { // one path, maybe under a list: each value on its own
                walk(root, first, from, new int[first.length], (value, indices) -> {
                    int n = value.codePointCount(0, value.length());
                    if (n > limit.max()) {
                        sink.over(path(parent, first, from, indices), n, limit.element(), limit.max());
                    }
                });
            } else { // paths written on lines of one element (no list among them): their lengths and line breaks add up
                int[] total = {limit.steps().size() - 1};
                for (Step[] steps : limit.steps()) {
                    walk(root, steps, from, new int[steps.length], (value, indices) -> total[0] += value.codePointCount(0,
                            value.length()));
                }
                if (total[0] > limit.max()) {
                    Step[] last = limit.steps().get(limit.steps().size() - 1);
                    sink.over(path(parent, last, from, new int[last.length]), total[0], limit.element(), limit.max());
                }
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
        void text(String value, int[] indices);
    }

    /** Visits the texts at {@code steps}, noting list indices in {@code indices}: no path is built while walking. */
    private static void walk(@Nullable Object node, Step[] steps, int i, int[] indices, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (i == steps.length) {
            if (node instanceof String s) {
                visitor.text(s, indices);
            }
            return;
        }
        Step step = steps[i];
        Object value = step.of(node);
        if (step.index() == Step.NONE) {
            walk(value, steps, i + 1, indices, visitor);
        } else if (value instanceof List<?> list) {
            int k = Math.max(step.index(), 0);
            int end = step.index() == Step.ALL ? list.size() : Math.min(k + 1, list.size());
            for (; k < end; k++) {
                indices[i] = k;
                walk(list.get(k), steps, i + 1, indices, visitor);
            }
        }
    }

    /** The JSON path of a value, built only when it is reported. */
    private static String path(String parent, Step[] steps, int from, int[] indices) {
        StringBuilder b = new StringBuilder(parent);
        for (int i = from; i < steps.length; i++) {
            if (!b.isEmpty()) {
                b.append('.');
            }
            b.append(steps[i].name());
            if (steps[i].index() != Step.NONE) {
                b.append('[').append(indices[i]).append(']');
            }
        }
        return b.toString();
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
