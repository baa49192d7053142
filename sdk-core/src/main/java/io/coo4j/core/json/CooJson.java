package io.coo4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.json.internal.DuplicateKeyCheckingParser;
import io.coo4j.core.json.internal.JsonErrors;
import io.coo4j.core.json.internal.RecordBinder;
import io.coo4j.core.json.internal.Utf8;
import io.coo4j.core.model.Certificate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes coo4j's JSON documents ({@code docs/schema}; docs/domain.md, "JSON documents") strictly: an unknown field, a wrong
 * type, a number in quotes, a duplicate key, trailing content, a string over 1,000,000 characters or
 * nesting deeper than 64 levels is an {@link InvalidInputException} naming the JSON path
 * ({@code goods[3].hsCode}) and the problem; nothing is coerced or dropped silently.
 *
 * <p>Writing is canonical: every field in declaration order, {@code null}s included, two-space indent,
 * {@code \n} line ends and a final newline, so that a document written by coo4j reads back and writes
 * out byte for byte the same.
 *
 * <p>Thread-safe; use {@link #strict()}.
 *
 * @since 0.1
 */
public final class CooJson {
    /** Longest string value accepted (characters). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Largest document accepted (bytes or characters). */
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;

    private static final CooJson STRICT = new CooJson();

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    /** For the types RecordBinder does not read; readers are reusable and cost more to build than to use. */
    private final ConcurrentMap<JavaType, ObjectReader> readers = new ConcurrentHashMap<>();

    private CooJson() {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new CooJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Records' accessors are the properties; isX() helpers such as Violation.isError() are not.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectMapper m = b.build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(64)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum, LogicalType.DateTime}) {
            m.coercionConfigFor(t)
                    .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer || t == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, t == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, t == LogicalType.Textual || t == LogicalType.Enum
                            || t == LogicalType.DateTime ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        this.mapper = m;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = m.writer(printer);
    }

    /** The shared strict instance. */
    public static CooJson strict() {
        return STRICT;
    }

    /**
     * A copy of the strict mapper, for users who want coo4j's settings in their own code. Changing the copy
     * does not change this instance.
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Reads a certificate and checks its {@code formatVersion}.
     *
     * @throws InvalidInputException naming the path and the problem
     */
    public Certificate readCertificate(byte[] json, String sourceName) {
        Certificate c = read(json, Certificate.class, sourceName);
        if (c.formatVersion() == 0) {
            throw new InvalidInputException(sourceName, "formatVersion", "required: the format version, "
                    + Certificate.FORMAT_VERSION);
        }
        if (c.formatVersion() != Certificate.FORMAT_VERSION) {
            throw new InvalidInputException(sourceName, "formatVersion",
                    "unsupported format version " + c.formatVersion() + "; this coo4j reads version "
                            + Certificate.FORMAT_VERSION);
        }
        return c;
    }

    /**
     * Reads a document file of the given type (at most {@link #MAX_DOCUMENT_LENGTH} bytes).
     *
     * @throws InvalidInputException naming the file, the path inside it and the problem
     */
    public <T> T read(Path file, Class<T> type) {
        return read(readBounded(file), type, file.toString());
    }

    /**
     * Reads a document file of a generic type (at most {@link #MAX_DOCUMENT_LENGTH} bytes).
     *
     * @throws InvalidInputException naming the file, the path inside it and the problem
     */
    public <T> T read(Path file, JavaType type) {
        return read(readBounded(file), type, file.toString());
    }

    /**
     * Reads a certificate file (at most {@link #MAX_DOCUMENT_LENGTH} bytes).
     *
     * @throws InvalidInputException naming the file, the path inside it and the problem
     */
    public Certificate readCertificate(Path file) {
        return readCertificate(readBounded(file), file.toString());
    }

    /**
     * Reads a document of the given type.
     *
     * @param sourceName how to name the input in errors, e.g. its file name
     * @throws InvalidInputException naming the path and the problem
     */
    public <T> T read(byte[] json, Class<T> type, String sourceName) {
        return read(json, mapper.constructType(InvalidInputException.requireArgument(type, "CooJson.read", "type")),
                sourceName);
    }

    /**
     * Reads a document of a generic type; a document that is only {@code null} is refused, so the answer is never null.
     *
     * @param sourceName how to name the input in errors, e.g. its file name
     * @throws InvalidInputException naming the path and the problem
     */
    public <T> T read(byte[] json, JavaType type, String sourceName) {
        InvalidInputException.requireArgument(json, "CooJson.read", "json");
        InvalidInputException.requireArgument(type, "CooJson.read", "type");
        InvalidInputException.requireArgument(sourceName, "CooJson.read", "sourceName");
        int invalid = Utf8.firstInvalid(json);
        if (invalid >= 0) {
            throw new InvalidInputException(sourceName, "byte " + invalid, "not valid UTF-8 (a malformed or overlong"
                    + " byte sequence); JSON documents are read as UTF-8 and nothing in them is repaired");
        }
        // The error is translated before the parser closes: it reads the offending token from the parser.
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            try {
                if (!type.hasGenericTypes() && RecordBinder.supports(type.getRawClass())) {
                    @SuppressWarnings("unchecked")
                    T value = (T) RecordBinder.read(p, type.getRawClass(), sourceName);
                    return value;
                }
                ObjectReader reader = readers.computeIfAbsent(type, mapper::readerFor);
                T value = reader.readValue(new DuplicateKeyCheckingParser(p));
                if (value == null) {
                    throw new InvalidInputException(sourceName, "", "expected a document, got null");
                }
                return value;
            } catch (JsonProcessingException e) {
                throw JsonErrors.translate(sourceName, e);
            }
        } catch (IOException e) {
            throw new InvalidInputException(sourceName, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document held in a string.
     *
     * @param sourceName how to name the input in errors
     * @throws InvalidInputException naming the path and the problem
     */
    public <T> T read(String json, Class<T> type, String sourceName) {
        return read(InvalidInputException.requireArgument(json, "CooJson.read", "json").getBytes(StandardCharsets.UTF_8),
                type, sourceName);
    }

    /**
     * Reads a resource or stream whole (bounded) and parses it.
     *
     * @throws InvalidInputException naming the source and the problem, also when the stream fails
     */
    public <T> T read(InputStream in, JavaType type, String sourceName) {
        InvalidInputException.requireArgument(in, "CooJson.read", "in");
        return read(BoundedInput.readAll(in, (int) MAX_DOCUMENT_LENGTH, sourceName, "a JSON document"), type, sourceName);
    }

    /**
     * The canonical JSON text of a value, ending with a newline ({@code null} for null).
     *
     * @throws InvalidInputException when the value cannot be written as JSON
     */
    public String write(@Nullable Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            String what = value == null ? "null" : value.getClass().getSimpleName();
            throw new InvalidInputException("CooJson.write", "value", "a " + what + " cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The canonical JSON of a value as UTF-8 bytes. */
    public byte[] writeBytes(@Nullable Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Type factory access for generic documents ({@code List<Certificate>} …). */
    public JavaType type(Class<?> raw, Class<?>... parameters) {
        InvalidInputException.requireArgument(raw, "CooJson.type", "raw");
        return mapper.getTypeFactory().constructParametricType(raw, parameters);
    }

    /** The file's bytes, counted as read: {@code Files.size} is 0 for a pipe, so it bounds nothing. */
    static byte[] readBounded(Path file) {
        InvalidInputException.requireArgument(file, "CooJson.read", "file");
        return BoundedInput.readAll(file, (int) MAX_DOCUMENT_LENGTH, "a JSON document");
    }
}
