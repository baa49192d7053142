package io.coo4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.coo4j.core.json.internal.Scalars;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * coo4j's JSON conventions as a Jackson module that users can register on their own {@code ObjectMapper}:
 * dates as {@code YYYY-MM-DD} strings and nothing else, instants as ISO-8601 strings, and decimals written
 * plain ({@code 1000.00}, never {@code 1.0E+3}) and read only within sane bounds, so that a number such as
 * {@code 1e999999999} cannot turn into a billion-digit string later.
 *
 * <p>Strictness about unknown fields and coercions is a property of the mapper, not of a module:
 * {@link CooJson} reads strictly.
 *
 * @since 0.1
 */
public final class CooJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module with coo4j's serializers and bounded number readers. */
    public CooJacksonModule() {
        super("coo4j", Version.unknownVersion());
        addSerializer(LocalDate.class, ToStringSerializer.instance);
        addSerializer(Instant.class, ToStringSerializer.instance);
        addDeserializer(LocalDate.class, new TextDeserializer<>(LocalDate.class, Scalars::date));
        addDeserializer(Instant.class, new TextDeserializer<>(Instant.class, Scalars::instant));
        addSerializer(BigDecimal.class, new PlainDecimalSerializer());
        addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    /** A value written as a string, read by one of the format's rules. */
    private static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> rule;

        TextDeserializer(Class<T> type, Function<String, T> rule) {
            super(type);
            this.rule = rule;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return rule.apply(p.getText());
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), p.getText(), handledType());
            }
        }
    }

    private static final class PlainDecimalSerializer extends StdScalarSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        PlainDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toPlainString());
        }
    }

    private static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            try {
                return Scalars.amount(p.getDecimalValue());
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), p.getText(), BigDecimal.class);
            }
        }
    }
}
