package io.coo4j.client.message.internal;

import io.coo4j.client.message.CustomsReceipt;
import io.coo4j.client.message.ReceiptStatus;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Receipts into typed values, and their status by the rows of {@code receipt-statuses.json} (first match
 * wins). Stateless and thread-safe.
 */
public final class ReceiptXml {
    private static final SecureXml.Limits LIMITS = new SecureXml.Limits(1024 * 1024, 4, 200, 4_000);
    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss[SSS]"));

    /** A row of {@code receipt-statuses.json}; a null condition matches anything. */
    public record StatusRule(CustomsReceipt.Kind kind, String channel, String type, String code, ReceiptStatus status,
                             boolean confirmed, String note) {
        boolean matches(CustomsReceipt.Kind k, String ch, String t, String c) {
            return kind == k && (channel == null || channel.equals(ch)) && (type == null || type.equals(t))
                    && (code == null || code.equals(c));
        }
    }

    private static final class Rules {
        static final MessageData.DataFile<StatusRule> FILE = MessageData.load("receipt-statuses.json", StatusRule.class);
    }

    private ReceiptXml() {
    }

    public static MessageData.DataFile<StatusRule> statusRules() {
        return Rules.FILE;
    }

    public static CustomsReceipt read(InputStream in, String source) {
        XmlNode root = SecureXml.parse(in, source, LIMITS);
        CustomsReceipt.Kind kind = null;
        for (CustomsReceipt.Kind k : CustomsReceipt.Kind.values()) {
            if (k.rootElement().equals(root.name())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new InvalidInputException(source, root.location(), "<" + root.name() + "> is not a receipt (Receipt or FileRet)");
        }
        Map<String, XmlNode> fields = new HashMap<>();
        collect(root, fields, source);
        String typeElement = kind == CustomsReceipt.Kind.BUSINESS ? "RepType" : "RetType";
        List<String> missing = Stream.of("CertNo", typeElement).filter(name -> text(fields, name) == null).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(source, root.location(), "<" + root.name() + "> has no " + String.join(" or ", missing)
                    + ": a receipt names its certificate and its type");
        }
        String channel = text(fields, "Channel");
        String type = text(fields, typeElement);
        String code = text(fields, "RepCode");
        String note = text(fields, "Note");
        String message = kind == CustomsReceipt.Kind.BUSINESS ? text(fields, "RepAddMsg") : note;
        return new CustomsReceipt(kind, text(fields, "CertNo"), channel, type, code, message, note,
                time(fields, "ReceiveTime", source), time(fields, "SendTime", source), time(fields, "RspGenTime", source),
                text(fields, "FileName"), text(fields, "FileType"), status(kind, channel, type, code));
    }

    /** The elements with text below {@code n}, by name; the first of a name counts. */
    private static void collect(XmlNode n, Map<String, XmlNode> fields, String source) {
        String ns = n.namespace();
        if (!ns.isEmpty() && !MessageLayout.NAMESPACE.equals(ns)) {
            throw new InvalidInputException(source, n.location(), "<" + n.name() + "> is in namespace " + ns
                    + "; receipts are in " + MessageLayout.NAMESPACE + " or in none");
        }
        for (XmlNode c : n.children()) {
            if (c.children().isEmpty()) {
                fields.putIfAbsent(c.name(), c);
            } else {
                collect(c, fields, source);
            }
        }
    }

    private static ReceiptStatus status(CustomsReceipt.Kind kind, String channel, String type, String code) {
        return Rules.FILE.entries().stream().filter(r -> r.matches(kind, channel, type, code)).map(StatusRule::status)
                .findFirst().orElse(ReceiptStatus.UNKNOWN);
    }

    private static String text(Map<String, XmlNode> fields, String name) {
        XmlNode n = fields.get(name);
        if (n == null || n.text() == null || n.text().isBlank()) {
            return null;
        }
        return n.text().strip();
    }

    private static Instant time(Map<String, XmlNode> fields, String name, String source) {
        String t = text(fields, name);
        if (t == null) {
            return null;
        }
        for (DateTimeFormatter f : TIMES) {
            try {
                return LocalDateTime.parse(t, f).atZone(ChinaTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new InvalidInputException(source, fields.get(name).location(),
                "<" + name + "> " + Inputs.quote(t) + " is not a time such as 2025-10-03 08:30:00");
    }
}
