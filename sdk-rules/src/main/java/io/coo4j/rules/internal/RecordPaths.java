package io.coo4j.rules.internal;

import io.coo4j.core.CooException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a dotted path ({@code exporter.name}) from a record through its accessors, so that data tables can name
 * fields by their JSON path. A path is compiled once into an {@link Accessor} when its table loads; a path that
 * names no component is a packaging error of coo4j's own tables and fails then, not per document. Thread-safe.
 */
public final class RecordPaths {
    private RecordPaths() {
    }

    /** A compiled path: the chain of accessors from a record of one type to the value. Immutable. */
    public static final class Accessor {
        private final String path;
        private final MethodHandle[] steps;

        private Accessor(String path, MethodHandle[] steps) {
            this.path = path;
            this.steps = steps;
        }

        public String path() {
            return path;
        }

        /** The value at the path, or null when any step on the way is null. */
        public Object read(Object root) {
            Object value = root;
            for (MethodHandle h : steps) {
                if (value == null) {
                    return null;
                }
                try {
                    value = h.invoke(value);
                } catch (Throwable e) {
                    throw new CooException("cannot read " + path + ": " + e, e);
                }
            }
            return value;
        }
    }

    /**
     * Compiles {@code path} for records of {@code type}.
     *
     * @throws CooException when a step names no component: the rules' tables name fields of the model, so that is a
     *                      fault of coo4j's tables, not of the certificate
     */
    public static Accessor compile(Class<?> type, String path) {
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
                throw new CooException(type.getSimpleName() + " has no field " + path);
            }
            try {
                handles.add(MethodHandles.publicLookup().unreflect(found.getAccessor()));
            } catch (IllegalAccessException e) {
                throw new CooException("cannot read " + path + " of " + type.getSimpleName(), e);
            }
            current = found.getType();
        }
        return new Accessor(path, handles.toArray(new MethodHandle[0]));
    }
}
