package io.coo4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.coo4j.core.internal.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * coo4j's JSON conventions as a Jackson module that users can register on their own {@code ObjectMapper}:
 * dates as {@code YYYY-MM-DD} strings and nothing else, instants as ISO-8601 strings, and decimals written
 * plain ({@code 1000.00}, never {@code 1.0E+3}) and read only within sane bounds, so that a number such as
 * {@code 1e999999999} cannot turn into a billion-digit string later.
 *
 * <p>Strictness about unknown fields and coercions is a property of the mapper, not of a module:
 * {@link CooJson} builds a mapper with both.
 *
 * @since 0.1
 */
public final class CooJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Largest number of digits before the decimal point accepted in an amount (the customs message allows 19). */
    static final int MAX_INTEGER_DIGITS = 19;
    /** Largest number of digits after the decimal point accepted. */
    static final int MAX_FRACTION_DIGITS = 10;

    public CooJacksonModule() {
        super("coo4j", Version.unknownVersion());
        addSerializer(LocalDate.class, new LocalDateSerializer());
        addDeserializer(LocalDate.class, new LocalDateDeserializer());
        addSerializer(Instant.class, new InstantSerializer());
        addDeserializer(Instant.class, new InstantDeserializer());
        addSerializer(BigDecimal.class, new PlainDecimalSerializer());
        addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    private static final class LocalDateSerializer extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        LocalDateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;
        private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        LocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through to the common message: 2025-02-30 is as wrong as 30/02/2025
                }
            }
            throw InvalidFormatException.from(p, "expected a date as YYYY-MM-DD, got \"" + Texts.abbreviate(text) + "\"",
                    text, LocalDate.class);
        }
    }

    private static final class InstantSerializer extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "expected an instant as ISO-8601 (2025-10-02T08:30:00Z), got \""
                        + Texts.abbreviate(text) + "\"", text, Instant.class);
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
            String text = p.getText();
            BigDecimal value = new BigDecimal(text);
            int integerDigits = value.precision() - value.scale();
            if (integerDigits > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
                throw InvalidFormatException.from(p, "number out of range: at most " + MAX_INTEGER_DIGITS
                        + " digits before and " + MAX_FRACTION_DIGITS + " after the decimal point", text, BigDecimal.class);
            }
            return value;
        }
    }
}
