package io.coo4j.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads records straight from Jackson's token stream: each record's components are looked up by name in a
 * table built once per type, duplicates are caught with a bit per component, and the canonical constructor
 * is called directly. It reads the same documents as Jackson's data binding configured strictly (unknown
 * fields, wrong types, null list elements, duplicate keys and trailing content are errors; numbers are
 * never read from strings nor strings from numbers) at about twice its speed, which matters because every
 * declared certificate is read.
 *
 * <p>Supported component types: {@code String}, {@code BigDecimal}, {@code int}/{@code Integer},
 * {@code long}/{@code Long}, {@code boolean}/{@code Boolean}, {@code LocalDate}, {@code Instant}, enums,
 * {@code List} of those, and records of those. {@link #supports} says whether a type qualifies; others are
 * read by Jackson. Thread-safe.
 */
public final class RecordBinder {

    private static final ClassValue<RecordReader> READERS = new ClassValue<>() {
        @Override
        protected RecordReader computeValue(Class<?> type) {
            return RecordReader.build(type);
        }
    };

    private RecordBinder() {
    }

    /** Whether {@code type} is a record whose components (recursively) this binder reads. */
    public static boolean supports(Class<?> type) {
        return type.isRecord() && READERS.get(type).supported();
    }

    /**
     * Reads one document whose root is a {@code type} record and requires the end of input after it.
     *
     * @throws InvalidInputException naming the path and the problem
     * @throws IOException           for syntax errors and I/O, which the caller reports with line and column
     */
    public static <T> T read(JsonParser p, Class<T> type, String source) throws IOException {
        JsonToken first = p.nextToken();
        Object value;
        try {
            if (first == null) {
                throw new BindError("expected an object {...}, got the end of the input");
            }
            value = READERS.get(type).read(p);
            if (value == null) {
                throw new BindError("expected an object {...}, got null");
            }
        } catch (BindError e) {
            String path = e.path();
            throw new InvalidInputException(source, path.isEmpty() ? location(p) : path, e.getMessage());
        }
        if (p.nextToken() != null) {
            throw new InvalidInputException(source, location(p), "trailing content after the document");
        }
        return type.cast(value);
    }

    private static String location(JsonParser p) {
        var loc = p.currentTokenLocation();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** A problem inside the document; the path is filled in while the stack unwinds, so it costs only on error. */
    private static final class BindError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Deque<String> segments = new ArrayDeque<>();

        BindError(String problem) {
            super(problem, null, false, false);
        }

        BindError at(String segment) {
            segments.addFirst(segment);
            return this;
        }

        String path() {
            StringBuilder b = new StringBuilder();
            for (String s : segments) {
                if (!s.startsWith("[") && b.length() > 0) {
                    b.append('.');
                }
                b.append(s);
            }
            return b.toString();
        }
    }

    /** Reads the value at the parser's current token. */
    private interface ValueReader {
        Object read(JsonParser p) throws IOException;

        default boolean supported() {
            return true;
        }
    }

    private static ValueReader readerFor(Type t) {
        if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            return new ListReader(readerFor(pt.getActualTypeArguments()[0]));
        }
        if (!(t instanceof Class<?> c)) {
            return Unsupported.INSTANCE;
        }
        if (c == String.class) {
            return RecordBinder::text;
        }
        if (c == BigDecimal.class) {
            return RecordBinder::decimal;
        }
        if (c == int.class || c == Integer.class) {
            return p -> whole(p, c, false);
        }
        if (c == long.class || c == Long.class) {
            return p -> whole(p, c, true);
        }
        if (c == boolean.class || c == Boolean.class) {
            return RecordBinder::bool;
        }
        if (c == LocalDate.class) {
            return RecordBinder::date;
        }
        if (c == Instant.class) {
            return RecordBinder::instant;
        }
        if (c.isEnum()) {
            return new EnumReader(c);
        }
        if (c.isRecord()) {
            return new LazyRecord(c);
        }
        return Unsupported.INSTANCE;
    }

    private static BindError expected(Class<?> type, JsonParser p) {
        return new BindError("expected " + JsonErrors.expected(type) + ", got " + JsonErrors.describe(p));
    }

    private static Object text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw expected(String.class, p);
    }

    private static Object decimal(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value;
            try {
                value = p.getDecimalValue();
            } catch (NumberFormatException e) {
                // An exponent beyond an int (1e2147483648) is no BigDecimal at all: out of range like 1e999999999.
                throw new BindError(Scalars.OUT_OF_RANGE);
            }
            return rule(Scalars::amount, value);
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw expected(BigDecimal.class, p);
    }

    private static Object whole(JsonParser p, Class<?> type, boolean isLong) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            try {
                return isLong ? (Object) p.getLongValue() : (Object) p.getIntValue();
            } catch (InputCoercionException e) {
                throw new BindError("number out of range for a whole number: " + JsonErrors.describe(p));
            }
        }
        if (t == JsonToken.VALUE_NULL) {
            return type.isPrimitive() ? (isLong ? (Object) 0L : (Object) 0) : null;
        }
        throw expected(type, p);
    }

    private static Object bool(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw expected(Boolean.class, p);
    }

    private static Object date(JsonParser p) throws IOException {
        return text(p, LocalDate.class, Scalars::date);
    }

    private static Object instant(JsonParser p) throws IOException {
        return text(p, Instant.class, Scalars::instant);
    }

    /** A value written as a string and read by one of the format's rules. */
    private static Object text(JsonParser p, Class<?> type, Function<String, ?> rule) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw expected(type, p);
        }
        return rule(rule, p.getText());
    }

    private static <A> Object rule(Function<A, ?> rule, A input) {
        try {
            return rule.apply(input);
        } catch (IllegalArgumentException e) {
            throw new BindError(e.getMessage());
        }
    }

    private enum Unsupported implements ValueReader {
        INSTANCE;

        @Override
        public Object read(JsonParser p) {
            throw new CooException("the JSON reader has no rule for this type");
        }

        @Override
        public boolean supported() {
            return false;
        }
    }

    private static final class EnumReader implements ValueReader {
        private final Class<?> type;
        private final Map<String, Object> byName = new HashMap<>();

        EnumReader(Class<?> type) {
            this.type = type;
            for (Object e : type.getEnumConstants()) {
                byName.put(((Enum<?>) e).name(), e);
            }
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                throw new BindError("expected one of " + JsonErrors.enumValues(type) + ", got " + JsonErrors.describe(p));
            }
            Object v = byName.get(p.getText());
            if (v == null) {
                throw new BindError("\"" + JsonErrors.abbreviateText(p.getText()) + "\" is not one of " + JsonErrors.enumValues(type));
            }
            return v;
        }
    }

    private static final class ListReader implements ValueReader {
        private final ValueReader element;

        ListReader(ValueReader element) {
            this.element = element;
        }

        @Override
        public boolean supported() {
            return element.supported();
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                throw expected(List.class, p);
            }
            List<Object> list = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                int i = list.size();
                if (t == JsonToken.VALUE_NULL) {
                    throw new BindError("a list holds null; leave the element out instead").at("[" + i + "]");
                }
                try {
                    list.add(element.read(p));
                } catch (BindError e) {
                    throw e.at("[" + i + "]");
                } catch (StreamConstraintsException e) {
                    throw new BindError(JsonErrors.limit(e)).at("[" + i + "]");
                }
            }
            return list;
        }
    }

    /** Resolves the record's reader on first use, so records that refer to each other do not recurse. */
    private static final class LazyRecord implements ValueReader {
        private final Class<?> type;

        LazyRecord(Class<?> type) {
            this.type = type;
        }

        @Override
        public boolean supported() {
            return READERS.get(type).supported();
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            return READERS.get(type).read(p);
        }
    }

    private static final class RecordReader implements ValueReader {
        private final Map<String, Integer> index;
        private final String[] names;
        /** The names pre-encoded, for the parser's byte-comparison fast path on the expected next field. */
        private final SerializedString[] encoded;
        private final ValueReader[] readers;
        private final Object[] defaults;
        private final Constructor<?> constructor;
        private final boolean supported;

        private RecordReader(Map<String, Integer> index, String[] names, ValueReader[] readers, Object[] defaults,
                             Constructor<?> constructor, boolean supported) {
            this.index = index;
            this.names = names;
            this.encoded = new SerializedString[names.length];
            for (int i = 0; i < names.length; i++) {
                encoded[i] = new SerializedString(names[i]);
            }
            this.readers = readers;
            this.defaults = defaults;
            this.constructor = constructor;
            this.supported = supported;
        }

        static RecordReader build(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || components.length > 64) {
                return new RecordReader(Map.of(), new String[0], new ValueReader[0], new Object[0], null, false);
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            String[] names = new String[components.length];
            ValueReader[] readers = new ValueReader[components.length];
            Object[] defaults = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean ok = true;
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                names[i] = c.getName();
                index.put(c.getName(), i);
                types[i] = c.getType();
                Type generic = c.getGenericType();
                // a record component of the record's own type is read lazily; its support is assumed
                readers[i] = generic == type ? new LazyRecord(type) : readerFor(generic);
                ok &= generic == type || readers[i].supported();
                defaults[i] = c.getType() == boolean.class ? Boolean.FALSE
                        : c.getType() == int.class ? (Object) 0 : c.getType() == long.class ? (Object) 0L : null;
            }
            Constructor<?> ctor = null;
            try {
                ctor = type.getDeclaredConstructor(types);
                ctor.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                ok = false;
            }
            return new RecordReader(Map.copyOf(index), names, readers, defaults, ctor, ok);
        }

        @Override
        public boolean supported() {
            return supported;
        }

        /**
         * The component named {@code name}, or −1. Documents list fields in declaration order (coo4j's writer
         * always does; ERPs mostly do, leaving some out), so the next few components are tried before the
         * table: the parser's names are canonical instances, and comparing them is cheaper than hashing.
         */
        private int find(String name, int from) {
            int end = Math.min(names.length, from + 8);
            for (int j = from; j < end; j++) {
                if (names[j].equals(name)) {
                    return j;
                }
            }
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new BindError("expected an object {...}, got " + JsonErrors.describe(p));
            }
            Object[] args = defaults.clone();
            long seen = 0;
            int next = 0;
            while (true) {
                int i;
                String name;
                // Documents list fields in declaration order: let the parser compare the expected name's bytes
                // before it decodes and looks up the name.
                if (next < encoded.length && p.nextFieldName(encoded[next])) {
                    i = next;
                    name = names[i];
                } else {
                    JsonToken token = next < encoded.length ? p.currentToken() : p.nextToken();
                    if (token != JsonToken.FIELD_NAME) {
                        break; // END_OBJECT: the parser checks the syntax
                    }
                    name = p.currentName();
                    i = find(name, next);
                }
                if (i < 0) {
                    throw new BindError("unknown field \"" + JsonErrors.abbreviateText(name) + "\" (not part of the format)").at(name);
                }
                next = i + 1;
                long bit = 1L << i;
                if ((seen & bit) != 0) {
                    throw new BindError("duplicate field \"" + name + "\"").at(name);
                }
                seen |= bit;
                p.nextToken();
                try {
                    Object v = readers[i].read(p);
                    if (v != null || defaults[i] == null) {
                        args[i] = v;
                    }
                } catch (BindError e) {
                    throw e.at(names[i]);
                } catch (StreamConstraintsException e) {
                    throw new BindError(JsonErrors.limit(e)).at(names[i]);
                }
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw new BindError("invalid value: " + (cause == null ? "rejected" : cause.getMessage()));
            } catch (ReflectiveOperationException e) {
                throw new CooException("cannot construct " + constructor.getDeclaringClass().getName(), e);
            }
        }
    }
}
