package io.coo4j.client.message.internal;

import io.coo4j.core.CooException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes messages as UTF-8 XML, indented by two spaces so a person can read them. Text is escaped by StAX;
 * a carriage return is written as {@code &#13;} because XML readers turn a literal one into a line feed.
 * One writer per message; not thread-safe.
 */
public final class XmlOutput implements AutoCloseable {
    private final Writer buffer;
    private final XMLStreamWriter w;
    private int depth;

    public XmlOutput(OutputStream out) {
        // StAX's own UTF-8 writer sends every byte to the stream by itself; a buffer in between is much faster
        buffer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        try {
            w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Writes a whole tree; the root declares its namespace as the default one. */
    public void tree(XmlNode root) {
        start(root.name(), root.namespace());
        children(root);
        end();
    }

    private void children(XmlNode n) {
        for (XmlNode c : n.children()) {
            if (c.text() != null) {
                leaf(c.name(), c.text());
            } else {
                start(c.name(), null);
                children(c);
                end();
            }
        }
    }

    /** Opens an element; {@code namespace} is declared as the default one when given (the root). */
    public void start(String name, String namespace) {
        try {
            newLine();
            if (namespace != null && !namespace.isEmpty()) {
                w.setDefaultNamespace(namespace);
                w.writeStartElement(namespace, name);
                w.writeDefaultNamespace(namespace);
            } else if (w.getNamespaceContext().getNamespaceURI("") != null && !w.getNamespaceContext().getNamespaceURI("").isEmpty()) {
                w.writeStartElement(w.getNamespaceContext().getNamespaceURI(""), name);
            } else {
                w.writeStartElement(name);
            }
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public void end() {
        try {
            depth--;
            newLine();
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element holding {@code text}. */
    public void leaf(String name, String text) {
        start(name, null);
        text(text);
        endText();
    }

    /** Closes an element whose content is text, without the line break {@link #end()} puts before it. */
    public void endText() {
        depth--;
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Text inside the open element; may be called repeatedly for a long text. */
    public void text(String text) {
        try {
            int from = 0;
            for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
                w.writeCharacters(text.substring(from, cr));
                w.writeEntityRef("#13");
                from = cr + 1;
            }
            w.writeCharacters(text.substring(from));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void newLine() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new CooException("cannot write the message: " + e.getMessage(), e);
        }
    }

    private static CooException failed(XMLStreamException e) {
        return new CooException("cannot write the message: " + e.getMessage(), e);
    }
}
