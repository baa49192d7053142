package io.coo4j.rules.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads a dotted path ({@code exporter.name}) from a record through its accessors, so that data tables can name
 * fields by their JSON path. Handles are resolved once per (type, path) and cached; a path that names no
 * component is a packaging error of coo4j's own tables and fails loudly. Thread-safe.
 */
public final class RecordPaths {
    private static final ConcurrentMap<String, List<MethodHandle>> CACHE = new ConcurrentHashMap<>();

    private RecordPaths() {
    }

    /** The value at {@code path}, or null when any step on the way is null. */
    public static Object read(Record root, String path) {
        Object value = root;
        for (MethodHandle h : handles(root.getClass(), path)) {
            if (value == null) {
                return null;
            }
            try {
                value = h.invoke(value);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + path + ": " + e, e);
            }
        }
        return value;
    }

    /** Checks that every path names components of {@code type}, so a bad table fails at load, not per document. */
    public static void check(Class<?> type, String path) {
        handles(type, path);
    }

    private static List<MethodHandle> handles(Class<?> type, String path) {
        return CACHE.computeIfAbsent(type.getName() + "#" + path, k -> resolve(type, path));
    }

    private static List<MethodHandle> resolve(Class<?> type, String path) {
        List<MethodHandle> handles = new ArrayList<>();
        Class<?> current = type;
        for (String step : path.split("\\.")) {
            RecordComponent found = null;
            if (current.isRecord()) {
                for (RecordComponent c : current.getRecordComponents()) {
                    if (c.getName().equals(step)) {
                        found = c;
                    }
                }
            }
            if (found == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no field " + path);
            }
            try {
                handles.add(MethodHandles.publicLookup().unreflect(found.getAccessor()));
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("cannot read " + path + " of " + type.getSimpleName(), e);
            }
            current = found.getType();
        }
        return List.copyOf(handles);
    }
}
