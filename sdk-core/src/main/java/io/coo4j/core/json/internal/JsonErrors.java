package io.coo4j.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.internal.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into one-line {@link InvalidInputException}s that name the JSON path and say
 * what was expected in the format's own words, without Java class names.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static InvalidInputException translate(String source, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException sce) {
            return new InvalidInputException(source, location(e.getLocation()), limit(sce), e);
        }
        if (!(e instanceof DatabindException de)) {
            return malformed(source, e);
        }
        if (de.getCause() instanceof StreamReadException parse) {
            return malformed(source, parse); // a syntax error met while binding is still a syntax error
        }
        String path = path(((JsonMappingException) de).getPath());
        if (path.isEmpty()) {
            path = location(e.getLocation());
        }
        if (de.getCause() instanceof StreamConstraintsException sce) {
            return new InvalidInputException(source, path, limit(sce), e);
        }
        return new InvalidInputException(source, path, problem(de), e);
    }

    private static String problem(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + abbreviate(u.getPropertyName()) + "\" (not part of the format)";
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            if (cause instanceof NullPointerException) {
                return "a list holds null; leave the element out instead";
            }
            return "invalid value: " + (cause == null ? firstLine(v.getOriginalMessage()) : firstLine(cause.getMessage()));
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "\"" + abbreviate(String.valueOf(f.getValue())) + "\" is not one of " + enumValues(target);
            }
            String original = f.getOriginalMessage();
            if (original != null && !original.startsWith("Cannot ")) {
                return original; // our own deserializers' messages are already in the format's words
            }
            return "expected " + expected(target) + ", got " + describe(f.getValue());
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Trailing token")) {
                return "trailing content after the document";
            }
            Class<?> target = m.getTargetType();
            String got = e.getProcessor() instanceof JsonParser p ? describe(p) : null;
            if (target != null && target.isEnum()) {
                return "expected one of " + enumValues(target) + (got == null ? "" : ", got " + got);
            }
            if (target == null) {
                return firstLine(m.getOriginalMessage());
            }
            return "expected " + expected(target) + (got == null ? "" : ", got " + got);
        }
        return firstLine(e.getOriginalMessage());
    }

    private static InvalidInputException malformed(String source, JsonProcessingException e) {
        return new InvalidInputException(source, location(e.getLocation()), "malformed JSON: " + firstLine(e.getOriginalMessage()), e);
    }

    static String limit(StreamConstraintsException e) {
        String msg = e.getOriginalMessage();
        if (msg.contains("String value length")) {
            return "text too long (the format takes at most 1,000,000 characters in one value)";
        }
        if (msg.contains("nesting depth")) {
            return "nested too deeply (at most 64 levels)";
        }
        if (msg.contains("Number value length")) {
            return "number too long (at most 64 characters)";
        }
        if (msg.contains("Document length")) {
            return "document too large";
        }
        return firstLine(msg.replaceAll(" \\(from `StreamReadConstraints.*", ""));
    }

    /** {@code goods[3].hsCode} from Jackson's reference chain. */
    public static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.toString();
    }

    private static String location(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    static String expected(Class<?> t) {
        if (t == null) {
            return "another value";
        }
        if (t == String.class) {
            return "a text";
        }
        if (t == BigDecimal.class || t == Double.class || t == double.class) {
            return "a number";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "a whole number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (t == Instant.class) {
            return "an instant as ISO-8601";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(t)) {
            return "an object {...}";
        }
        return "an object {...}";
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + abbreviate(s) + "\"";
        }
        return abbreviate(String.valueOf(value));
    }

    static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                String text = p.getText();
                return describe(t) + " " + (t == JsonToken.VALUE_STRING ? "\"" + abbreviate(text) + "\"" : abbreviate(text));
            } catch (java.io.IOException ignored) {
                return describe(t); // the parser cannot give the text again; the kind is still right
            }
        }
        return describe(t);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    static String enumValues(Class<?> e) {
        return Arrays.stream(e.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid";
        }
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }

    private static String abbreviate(String s) {
        return Texts.abbreviate(s);
    }

    static String abbreviateText(String s) {
        return Texts.abbreviate(s);
    }
}
