package io.coo4j.client.message;

import io.coo4j.client.message.internal.Inputs;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The customs' (海关) own XML Schema of the import message ({@code coo.xsd}, distributed with the GACC 2022 No. 1
 * interface specification), for checking a message the way the customs side will. coo4j does not ship the
 * schema: load the copy you have. Loading and validating run with the JDK's secure processing on, no access
 * to external DTDs or schemas, and DOCTYPEs refused in the message.
 *
 * <p>Immutable and thread-safe (a validator is made per call).
 *
 * @since 0.1
 */
public final class CustomsSchema {
    private static final String NO_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final Schema schema;

    private CustomsSchema(Schema schema) {
        this.schema = schema;
    }

    /** Compiles the schema file; a file that is not a schema is an {@link InvalidInputException}. */
    public static CustomsSchema load(Path xsd) {
        InvalidInputException.requireArgument(xsd, "CustomsSchema.load", "xsd");
        return Inputs.read(xsd, (in, source) -> {
            try {
                SchemaFactory f = SchemaFactory.newDefaultInstance();
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return new CustomsSchema(f.newSchema(new StreamSource(in, source)));
            } catch (SAXException e) {
                throw invalid(source, e);
            }
        });
    }

    /** Validates a message; the first error is an {@link InvalidInputException} with its line and column. */
    public void validate(InputStream message, String source) {
        InvalidInputException.requireArgument(message, "CustomsSchema.validate", "message");
        InvalidInputException.requireArgument(source, "CustomsSchema.validate", "source");
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new SAXSource(reader(), new InputSource(message)));
        } catch (SAXException e) {
            throw invalid(source, e);
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Validates a message held in memory, as {@link #validate(InputStream, String)}. */
    public void validate(byte[] message, String source) {
        validate(new ByteArrayInputStream(message), source);
    }

    private static XMLReader reader() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(NO_DOCTYPE, true);
            return f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new CooException("the JDK's SAX parser cannot be configured securely: " + e.getMessage(), e);
        }
    }

    private static InvalidInputException invalid(String source, SAXException e) {
        String where = e instanceof SAXParseException p ? "line " + p.getLineNumber() + ", column " + p.getColumnNumber() : "";
        return new InvalidInputException(source, where, String.valueOf(e.getMessage()), e);
    }
}
