package io.coo4j.client.message.internal;

import io.coo4j.client.message.AttachmentMessage;
import io.coo4j.client.message.MessageProblem;
import io.coo4j.client.message.MessageValidationException;
import io.coo4j.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The attachment message, root {@code File} in no namespace (docs/customs-message.md). It has no published schema: the
 * lengths of the elements it shares with the certificate head are the head's, FileType, FileName and DocType
 * are capped at what coo4j considers sane (inferred, docs/customs-message.md). The content is streamed in and
 * out as base64 and never allowed past 4 MB, the Single Window's limit for one attachment (001 ch.4), so a
 * 50 MB message costs no more memory than a 4 MB one.
 */
public final class AttachmentXml {
    /** The Single Window's limit for one attachment file (001 ch.4). */
    public static final int MAX_CONTENT = 4 * 1024 * 1024;
    /** Base64 of the largest content, with room for line breaks. */
    private static final long MAX_BYTES = MAX_CONTENT / 3 * 4 + MAX_CONTENT / 8 + 64 * 1024;
    private static final int MAX_TEXT = 1000;
    private static final String ROOT = "File";
    private static final String CONTENT = "FileContent";
    private static final String DELAY = "IsDelay";

    /** An element with text: its name, longest text, whether required, the record's component. */
    record Field(String name, int maxLength, boolean required, String component, Function<AttachmentMessage, String> get) {
    }

    static final List<Field> FIELDS = List.of(
            new Field("CertNo", 20, true, "certificateNumber", AttachmentMessage::certificateNumber),
            new Field("CertType", 2, true, "certificateType", AttachmentMessage::certificateType),
            new Field("AplRegNo", 18, true, "declaringEnterpriseCode", AttachmentMessage::declaringEnterpriseCode),
            new Field("CiqRegNo", 18, true, "exporterCode", AttachmentMessage::exporterCode),
            new Field("FileType", 10, true, "fileType", AttachmentMessage::fileType),
            new Field("FileName", 200, true, "fileName", AttachmentMessage::fileName),
            new Field("DocType", 10, false, "documentType", AttachmentMessage::documentType));

    private AttachmentXml() {
    }

    public static List<MessageProblem> check(AttachmentMessage a) {
        List<MessageProblem> problems = new ArrayList<>();
        for (Field f : FIELDS) {
            String v = f.get().apply(a);
            if (v == null || v.isEmpty()) {
                if (f.required()) {
                    problems.add(new MessageProblem(f.component(), ROOT + "/" + f.name(), "is required, and the attachment has no value for it"));
                }
            } else if (v.codePointCount(0, v.length()) > f.maxLength()) {
                problems.add(new MessageProblem(f.component(), ROOT + "/" + f.name(),
                        v.codePointCount(0, v.length()) + " characters, at most " + f.maxLength()));
            } else if (LayoutChecker.unwritable(v) >= 0) {
                problems.add(new MessageProblem(f.component(), ROOT + "/" + f.name(), "contains a character XML 1.0 cannot carry"));
            }
        }
        byte[] content = a.content();
        if (content == null || content.length == 0) {
            problems.add(new MessageProblem("content", ROOT + "/" + CONTENT, "is required, and the attachment is empty"));
        } else if (content.length > MAX_CONTENT) {
            problems.add(new MessageProblem("content", ROOT + "/" + CONTENT,
                    content.length + " bytes; the Single Window takes attachments of at most 4 MB"));
        } else if (!new String(content, 0, Math.min(5, content.length), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            problems.add(new MessageProblem("content", ROOT + "/" + CONTENT, "is not a PDF; the Single Window takes PDF attachments only"));
        }
        return problems;
    }

    public static void write(AttachmentMessage a, OutputStream out) {
        List<MessageProblem> problems = check(a);
        if (!problems.isEmpty()) {
            throw new MessageValidationException(a.fileName() == null ? "attachment" : a.fileName(), problems);
        }
        byte[] content = a.content();
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start(ROOT, null);
            for (Field f : FIELDS) {
                String v = f.get().apply(a);
                if (v != null && !v.isEmpty()) {
                    xml.leaf(f.name(), v);
                }
            }
            xml.start(CONTENT, null);
            Base64.Encoder encoder = Base64.getEncoder();
            int chunk = 3 * 16 * 1024;
            for (int from = 0; from < content.length; from += chunk) {
                byte[] part = Arrays.copyOfRange(content, from, Math.min(content.length, from + chunk));
                xml.text(encoder.encodeToString(part));
            }
            xml.endText();
            xml.leaf(DELAY, a.delayed() ? "1" : "0");
            xml.end();
        }
    }

    /** Reads a {@code File} message, in no namespace or the certificate message's. */
    public static AttachmentMessage read(InputStream in, String source) {
        XMLStreamReader r = SecureXml.open(in, source, MAX_BYTES);
        try {
            Map<String, String> values = new HashMap<>();
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            int depth = 0;
            String current = null;
            StringBuilder text = new StringBuilder();
            Base64Stream base64 = null;
            while (true) {
                int event = SecureXml.next(r, source);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String where = SecureXml.where(r.getLocation());
                    String ns = r.getNamespaceURI();
                    if (ns != null && !ns.isEmpty() && !MessageLayout.NAMESPACE.equals(ns)) {
                        throw new InvalidInputException(source, where, "<" + r.getLocalName() + "> is in namespace " + ns
                                + "; the attachment message has none");
                    }
                    if (depth == 1 && !ROOT.equals(r.getLocalName())) {
                        throw new InvalidInputException(source, where, "the attachment message's root element is <File>, not <"
                                + r.getLocalName() + ">");
                    }
                    if (depth > 2) {
                        throw new InvalidInputException(source, where, "<" + r.getLocalName() + "> is nested inside <" + current
                                + ">; the attachment message's elements hold text only");
                    }
                    if (depth == 2) {
                        current = r.getLocalName();
                        if (!CONTENT.equals(current) && !DELAY.equals(current) && FIELDS.stream().noneMatch(f -> f.name().equals(r.getLocalName()))) {
                            throw new InvalidInputException(source, where, "<" + current + "> is not an element of the attachment message");
                        }
                        if (values.containsKey(current) || CONTENT.equals(current) && base64 != null) {
                            throw new InvalidInputException(source, where, "<" + current + "> appears more than once");
                        }
                        text.setLength(0);
                        base64 = CONTENT.equals(current) ? new Base64Stream(content, source, where) : base64;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                    if (depth == 2 && CONTENT.equals(current)) {
                        base64.add(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    } else if (depth == 2) {
                        if (text.length() + r.getTextLength() > MAX_TEXT) {
                            throw new InvalidInputException(source, SecureXml.where(r.getLocation()),
                                    "<" + current + "> holds more than " + MAX_TEXT + " characters");
                        }
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && CONTENT.equals(current)) {
                        base64.finish();
                    } else if (depth == 2) {
                        values.put(current, text.toString());
                    }
                    depth--;
                    if (depth == 0) {
                        SecureXml.finish(r, source, ROOT);
                        return attachment(values, base64 == null ? null : content.toByteArray(), source);
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new InvalidInputException(source, "", "the document has no root element");
                }
            }
        } finally {
            SecureXml.close(r);
        }
    }

    private static AttachmentMessage attachment(Map<String, String> v, byte[] content, String source) {
        String delay = v.get(DELAY);
        if (delay != null && !delay.equals("0") && !delay.equals("1")) {
            throw new InvalidInputException(source, ROOT + "/" + DELAY, Inputs.quote(delay) + " is not 0 or 1");
        }
        return new AttachmentMessage(v.get("CertNo"), v.get("CertType"), v.get("AplRegNo"), v.get("CiqRegNo"), v.get("FileType"),
                v.get("FileName"), v.get("DocType"), content, "1".equals(delay));
    }

    /** Decodes base64 as it arrives, whitespace ignored, refusing more than {@link #MAX_CONTENT} bytes. */
    private static final class Base64Stream {
        private final ByteArrayOutputStream out;
        private final String source;
        private final String where;
        private final byte[] quads = new byte[4 * 4096];
        private int filled;
        private boolean ended;

        Base64Stream(ByteArrayOutputStream out, String source, String where) {
            this.out = out;
            this.source = source;
            this.where = where;
        }

        void add(char[] chars, int start, int length) {
            for (int i = start; i < start + length; i++) {
                char c = chars[i];
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    continue;
                }
                if (ended || c > 0x7f) {
                    throw bad();
                }
                quads[filled++] = (byte) c;
                if (filled == quads.length) {
                    decode(filled);
                }
            }
        }

        void finish() {
            if (filled % 4 != 0) {
                throw bad();
            }
            decode(filled);
        }

        private void decode(int n) {
            try {
                byte[] bytes = Base64.getDecoder().decode(Arrays.copyOf(quads, n));
                if (out.size() + bytes.length > MAX_CONTENT) {
                    throw new InvalidInputException(source, where, "<" + CONTENT + "> decodes to more than 4 MB; the Single Window "
                            + "takes attachments of at most 4 MB");
                }
                out.write(bytes, 0, bytes.length);
                ended = n > 0 && quads[n - 1] == '=';
                filled = 0;
            } catch (IllegalArgumentException e) {
                throw bad();
            }
        }

        private InvalidInputException bad() {
            return new InvalidInputException(source, where, "<" + CONTENT + "> is not base64");
        }
    }
}
