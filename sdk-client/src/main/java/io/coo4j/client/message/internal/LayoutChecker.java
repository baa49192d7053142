package io.coo4j.client.message.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a message tree against the layout before it is written and after it is read: namespace, element
 * order, required and repeated elements, lengths (in characters, as the schema counts them), allowed values
 * and the formats of numbers and dates, and characters XML 1.0 cannot carry. Stateless and thread-safe.
 */
public final class LayoutChecker {
    private static final Pattern INT = Pattern.compile("[+-]?\\d{1,10}");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+)(?:\\.(\\d+))?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_INTEGER_DIGITS = 19;
    private static final int MAX_DECIMALS = 5;

    /**
     * One thing wrong: the model field it comes from (null when the tree was read), where it was read (null
     * when it is being written), the element's path ({@code Certificate/CertificateList/Goods[2]/HSCode}) and
     * the problem.
     */
    public record Finding(String jsonPath, String location, String element, String problem) {
    }

    private final List<Finding> findings = new ArrayList<>();

    private LayoutChecker() {
    }

    public static List<Finding> check(XmlNode root) {
        LayoutChecker c = new LayoutChecker();
        if (!MessageLayout.ROOT.equals(root.name())) {
            c.findings.add(new Finding(root.scope(), root.location(), root.name(),
                    "the customs import message's root element is <" + MessageLayout.ROOT + ">"));
        } else {
            c.node(root, MessageLayout.get().root(), new Where(null, MessageLayout.ROOT, 0));
        }
        return c.findings;
    }

    /** An element's path, {@code Certificate/CertificateList/Goods[2]}, spelt out only when a finding names it. */
    private record Where(Where parent, String name, int index) {
        @Override
        public String toString() {
            String own = index > 0 ? name + "[" + index + "]" : name;
            return parent == null ? own : parent + "/" + own;
        }
    }

    private void node(XmlNode n, MessageLayout.Node def, Where xmlPath) {
        if (!MessageLayout.NAMESPACE.equals(n.namespace())) {
            String ns = n.namespace() == null || n.namespace().isEmpty() ? "no namespace" : "namespace " + n.namespace();
            add(n, def, xmlPath, "is in " + ns + ", but the message's elements are in namespace " + MessageLayout.NAMESPACE);
            return;
        }
        if (def.leaf()) {
            leaf(n, def, xmlPath);
            return;
        }
        if (n.text() != null && !n.text().isBlank()) {
            add(n, def, xmlPath, "holds text where elements belong");
        }
        List<MessageLayout.Node> expected = def.children();
        int[] seen = new int[expected.size()];
        int at = 0;
        String previous = null;
        for (XmlNode child : n.children()) {
            int i = def.place(child.name());
            Where childPath = new Where(xmlPath, child.name(), 0);
            if (i < 0) {
                findings.add(new Finding(n.scope(), child.location(), childPath.toString(), "is not an element of " + xmlPath));
                continue;
            }
            MessageLayout.Node childDef = expected.get(i);
            if (i < at) {
                findings.add(new Finding(jsonPath(n.scope(), childDef.row()), child.location(), childPath.toString(),
                        "comes after <" + previous + ">, but the message puts it before"));
                continue;
            }
            for (int k = at; k < i; k++) {
                missing(n, expected.get(k), seen[k], xmlPath);
            }
            at = i;
            seen[i]++;
            if (seen[i] > 1 && !childDef.row().repeated()) {
                findings.add(new Finding(jsonPath(n.scope(), childDef.row()), child.location(), childPath.toString(),
                        "appears more than once; the message has one"));
                continue;
            }
            previous = child.name();
            node(child, childDef, childDef.row().repeated() ? new Where(xmlPath, child.name(), seen[i]) : childPath);
        }
        for (int k = at; k < expected.size(); k++) {
            missing(n, expected.get(k), seen[k], xmlPath);
        }
    }

    private void missing(XmlNode parent, MessageLayout.Node def, int count, Where xmlPath) {
        if (count == 0 && def.row().required()) {
            String problem = parent.written() ? "is required, and the certificate has no value for it" : "is required but missing";
            findings.add(new Finding(jsonPath(parent.scope(), def.row()), parent.location(), xmlPath + "/" + def.name(), problem));
        }
    }

    private void leaf(XmlNode n, MessageLayout.Node def, Where xmlPath) {
        MessageElement row = def.row();
        if (!n.children().isEmpty()) {
            add(n, def, xmlPath, "holds elements where text belongs");
            return;
        }
        String text = n.text() == null ? "" : n.text();
        int length = text.codePointCount(0, text.length());
        if (row.maxLength() != null && length > row.maxLength()) {
            add(n, def, xmlPath, length + " characters, at most " + row.maxLength());
        }
        int bad = unwritable(text);
        if (bad >= 0) {
            add(n, def, xmlPath, String.format("contains U+%04X, which XML 1.0 cannot carry", bad));
        }
        if (!row.values().isEmpty() && !row.values().contains(text)) {
            add(n, def, xmlPath, Inputs.quote(text) + " is not one of " + String.join(", ", row.values()));
        } else if (!text.isEmpty()) {
            String wrong = format(row.codec(), text);
            if (wrong != null) {
                add(n, def, xmlPath, Inputs.quote(text) + " is not " + wrong);
            }
        }
    }

    /** What the text should be when it is not a value of the codec's format; null when it is. */
    private static String format(Codec codec, String text) {
        return switch (codec) {
            case INT -> INT.matcher(text).matches() && fitsInt(text) ? null : "a whole number within xs:int";
            case WHOLE -> WHOLE.matcher(text).matches() ? null : "a whole number";
            case DECIMAL -> isDecimal(text) ? null
                    : "a plain decimal of at most " + MAX_INTEGER_DIGITS + " integer digits and " + MAX_DECIMALS + " decimals";
            case DATE -> DATE.matcher(text).matches() && isDate(text) ? null : "a date YYYY-MM-DD";
            default -> null;
        };
    }

    private static boolean isDecimal(String text) {
        Matcher m = DECIMAL.matcher(text);
        return m.matches() && new BigDecimal(m.group(1)).precision() <= MAX_INTEGER_DIGITS
                && (m.group(2) == null || m.group(2).length() <= MAX_DECIMALS);
    }

    private static boolean fitsInt(String text) {
        long v = Long.parseLong(text);
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The first code point XML 1.0 has no place for (controls, lone surrogates, U+FFFE/FFFF), or -1. */
    static int unwritable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            if (!ok) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private void add(XmlNode n, MessageLayout.Node def, Where xmlPath, String problem) {
        findings.add(new Finding(jsonPath(n.scope(), def.row()), n.location(), xmlPath.toString(), problem));
    }

    /** The model field behind an element written in {@code scope}; null when the tree was read. */
    static String jsonPath(String scope, MessageElement row) {
        if (scope == null) {
            return null;
        }
        List<String> paths = row.modelPaths();
        if (paths.isEmpty()) {
            return scope;
        }
        String first = paths.get(0);
        return first.startsWith("$") ? first.substring(1) : JsonPaths.join(scope, first);
    }
}
