package io.coo4j.client.message.internal;

import io.coo4j.core.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML from outside without trusting it: no DOCTYPE (so no entities, external or expanding), nothing
 * fetched from anywhere, and hard limits on size, depth, elements and text, each stopping the read at once
 * with an error that names the source and the line. The StAX reader streams, so memory stays bounded by the
 * limits, whatever the input's size.
 */
public final class SecureXml {
    /** How much a read may take: bytes in, depth, elements, characters of one element's text. */
    public record Limits(long maxBytes, int maxDepth, int maxElements, int maxText) {
    }

    private static final int PROLOG = 1024;
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SecureXml() {
    }

    /** A StAX reader over {@code in} with DTDs and external access off and the byte limit applied. */
    public static XMLStreamReader open(InputStream in, String source, long maxBytes) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            return f.createXMLStreamReader(decoded(new Capped(in, source, maxBytes), source));
        } catch (XMLStreamException e) {
            throw error(source, e);
        }
    }

    /**
     * The input as characters in the encoding its byte-order mark or XML declaration names (UTF-8 when neither
     * does), refusing bytes that are not of that encoding. The JDK's parser would decode by itself, but it prints
     * such an error on stderr as well as throwing it, and one clear error is what the caller should get.
     */
    private static Reader decoded(InputStream in, String source) {
        BufferedInputStream b = new BufferedInputStream(in, 8192);
        try {
            b.mark(PROLOG);
            byte[] head = b.readNBytes(PROLOG);
            b.reset();
            Charset charset = StandardCharsets.UTF_8;
            if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
                charset = StandardCharsets.UTF_16;
            } else {
                if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                    b.skipNBytes(3);
                }
                Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
                if (m.lookingAt()) {
                    charset = charset(m.group(1), source);
                }
            }
            return new InputStreamReader(b, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Charset charset(String name, String source) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, "line 1", "the declared encoding " + name + " is not one this Java knows");
        }
    }

    /**
     * The next event, refusing a DOCTYPE and entity references: a customs message has neither, and refusing
     * them is what keeps external entities and entity expansion out.
     */
    public static int next(XMLStreamReader r, String source) {
        try {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InvalidInputException(source, where(r.getLocation()),
                        "a DOCTYPE is not allowed (no DTDs or entities in a customs message)");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new InvalidInputException(source, where(r.getLocation()),
                        "the entity reference &" + r.getLocalName() + "; is not allowed (no DTDs or entities in a customs message)");
            }
            return event;
        } catch (XMLStreamException e) {
            throw error(source, e);
        }
    }

    /** Reads the whole document into a tree within {@code limits}. */
    public static XmlNode parse(InputStream in, String source, Limits limits) {
        XMLStreamReader r = open(in, source, limits.maxBytes());
        try {
            return tree(r, source, limits);
        } finally {
            close(r);
        }
    }

    private static XmlNode tree(XMLStreamReader r, String source, Limits limits) {
        Deque<Open> stack = new ArrayDeque<>();
        int elements = 0;
        while (true) {
            int event = next(r, source);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (stack.size() >= limits.maxDepth()) {
                        throw new InvalidInputException(source, where(r.getLocation()),
                                "elements nested deeper than " + limits.maxDepth() + " levels");
                    }
                    if (++elements > limits.maxElements()) {
                        throw new InvalidInputException(source, where(r.getLocation()), "more than " + limits.maxElements() + " elements");
                    }
                    stack.push(new Open(r.getNamespaceURI(), r.getLocalName(), where(r.getLocation())));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    Open top = stack.peek();
                    if (top != null) {
                        if (top.text.length() + r.getTextLength() > limits.maxText()) {
                            throw new InvalidInputException(source, top.location,
                                    "<" + top.name + "> holds more than " + limits.maxText() + " characters of text");
                        }
                        top.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Open done = stack.pop();
                    XmlNode node = done.node();
                    if (stack.isEmpty()) {
                        finish(r, source, node.name());
                        return node;
                    }
                    stack.peek().children.add(node);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new InvalidInputException(source, "", "the document has no root element");
                default -> {
                    // comments and processing instructions carry nothing of the message
                }
            }
        }
    }

    /**
     * Reads on to the end of the document once its root element {@code root} has closed. A reader that stopped there
     * would take {@code <Receipt/><Receipt>…} or a root followed by text as the first element alone; the parser
     * reports either as soon as it reaches it, so anything but whitespace, comments and processing instructions after
     * the root is refused here.
     */
    public static void finish(XMLStreamReader r, String source, String root) {
        try {
            while (r.next() != XMLStreamConstants.END_DOCUMENT) {
                // whitespace, comments and processing instructions may follow the root element
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof InvalidInputException own) {
                throw own;
            }
            throw new InvalidInputException(source, where(e.getLocation()), "something follows the root element </" + root
                    + ">: a document has one root element and nothing after it", e);
        }
    }

    /** An element being read. */
    private static final class Open {
        final String namespace;
        final String name;
        final String location;
        final StringBuilder text = new StringBuilder();
        final List<XmlNode> children = new ArrayList<>();

        Open(String namespace, String name, String location) {
            this.namespace = namespace;
            this.name = name;
            this.location = location;
        }

        XmlNode node() {
            String t = children.isEmpty() ? text.toString() : text.toString().isBlank() ? null : text.toString();
            return new XmlNode(namespace == null ? "" : namespace, name, t, children, null, location);
        }
    }

    public static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // closing a reader we are done with cannot lose anything
        }
    }

    /** {@code line 4, column 7}. */
    public static String where(Location l) {
        return l == null ? "" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    /** The parser's complaint as one line with its place, without the parser's own prefix. */
    public static InvalidInputException error(String source, XMLStreamException e) {
        if (e.getNestedException() instanceof InvalidInputException own) {
            return own;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new InvalidInputException(source, where(e.getLocation()), "not well-formed XML: bytes that are not of its encoding", e);
            }
        }
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        return new InvalidInputException(source, where(e.getLocation()), "not well-formed XML: " + message.strip().replaceAll("\\s+", " "), e);
    }

    /** Stops a read as soon as it passes {@code max} bytes, so a huge input costs no more than the limit. */
    private static final class Capped extends FilterInputStream {
        private final String source;
        private final long max;
        private long count;

        Capped(InputStream in, String source, long max) {
            super(in);
            this.source = source;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw new InvalidInputException(source, "", "larger than " + max / (1024 * 1024) + " MB");
            }
        }
    }
}
