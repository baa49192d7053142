package io.coo4j.client.message.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coo4j.client.message.ApplyType;
import io.coo4j.client.message.CustomsMessage;
import io.coo4j.client.message.MessageProblem;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a certificate to the message tree and back, element by element as {@code customs-message.json} says,
 * through the certificate's JSON form: the layout names model fields by their JSON paths, so one table drives
 * both directions. Writing also makes sure no field is dropped silently: a field that neither an element
 * carries nor {@code not-carried.json} lists is a problem. Immutable and thread-safe.
 */
public final class CertificateMapping {
    private final MessageLayout layout = MessageLayout.get();
    private final NotCarried notCarried = NotCarried.get();
    private final MessageCodes codes;

    public CertificateMapping(MessageCodes codes) {
        this.codes = codes;
    }

    /** The tree to write and every problem with it; the tree is written only when there is none. */
    public record Outgoing(XmlNode root, List<MessageProblem> problems) {
    }

    public Outgoing toXml(Certificate certificate, ApplyType applyType) {
        JsonNode json = mapper().valueToTree(certificate);
        Writing w = new Writing(new Scope.Writing(json, codes, applyType));
        XmlNode root = w.group(layout.root(), "", MessageLayout.ROOT);
        w.unplaced(json, null);
        for (LayoutChecker.Finding f : LayoutChecker.check(root)) {
            w.problems.add(new MessageProblem(f.jsonPath(), f.element(), f.problem()));
        }
        return new Outgoing(root, w.problems);
    }

    /** The certificate in a tree that {@link LayoutChecker} has passed. */
    public CustomsMessage fromXml(XmlNode root, String source) {
        ObjectNode json = mapper().createObjectNode();
        json.put("formatVersion", Certificate.FORMAT_VERSION);
        Scope.Reading s = new Scope.Reading(json, codes);
        read(layout.root(), root, s, MessageLayout.ROOT, source);
        try {
            Certificate c = CooJson.strict().read(mapper().writeValueAsBytes(json), Certificate.class, source);
            return new CustomsMessage(s.applyType(), c);
        } catch (JsonProcessingException e) {
            throw new CooException("cannot hand the message's certificate to the JSON reader: " + e.getMessage(), e);
        }
    }

    /** A step of a JSON path, spelt out only when a problem names it. */
    private record Step(Step parent, String field, int index) {
        @Override
        public String toString() {
            String own = index < 0 ? field : field + "[" + index + "]";
            return parent == null ? own : parent + "." + own;
        }
    }

    private void read(MessageLayout.Node def, XmlNode n, Scope.Reading s, String xmlPath, String source) {
        Map<String, Integer> counts = new HashMap<>();
        for (XmlNode child : n.children()) {
            MessageLayout.Node childDef = def.child(child.name());
            String childPath = xmlPath + "/" + child.name();
            if (childDef.leaf()) {
                String text = child.text() == null ? "" : child.text();
                if (!text.isEmpty()) {
                    try {
                        childDef.row().codec().read(childDef.row(), s, text);
                    } catch (IllegalArgumentException | InvalidInputException e) {
                        // codecs refuse a value with IllegalArgumentException, ApplyType.ofCode with coo4j's
                        // error: either way the problem is reported at the element
                        String problem = e instanceof InvalidInputException own ? own.problem() : e.getMessage();
                        throw new InvalidInputException(source, child.location() + ", " + childPath, problem, e);
                    }
                }
            } else if (childDef.row().repeated()) {
                int i = counts.merge(child.name(), 1, Integer::sum);
                JsonNode saved = s.item;
                ObjectNode holder = (ObjectNode) saved;
                ArrayNode list = holder.get(childDef.row().path()) instanceof ArrayNode a ? a : holder.putArray(childDef.row().path());
                s.item = list.addObject();
                read(childDef, child, s, childPath + "[" + i + "]", source);
                s.item = saved;
            } else {
                read(childDef, child, s, childPath, source);
            }
        }
    }

    /** coo4j's mapper, keeping decimals exactly as they are ({@code 1000.00}, not {@code 1E+3}) in trees. */
    private static final ObjectMapper TREES = CooJson.strict().mapper().copy()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** The mapper the message's JSON trees are made with. */
    public static ObjectMapper mapper() {
        return TREES;
    }

    /** One certificate being written: the scope moves through the lists, problems and used fields gather. */
    private final class Writing {
        final Scope.Writing s;
        final List<MessageProblem> problems = new ArrayList<>();
        /** The fields an element gives back when read, by the object holding them (compared by identity). */
        final Map<JsonNode, Set<String>> used = new IdentityHashMap<>();

        Writing(Scope.Writing s) {
            this.s = s;
        }

        /** The group's element, or null when it is optional and nothing in it has a value. */
        XmlNode group(MessageLayout.Node def, String scope, String xmlPath) {
            List<XmlNode> kids = new ArrayList<>();
            for (MessageLayout.Node child : def.children()) {
                String childPath = xmlPath + "/" + child.name();
                if (child.leaf()) {
                    leaf(child.row(), scope, childPath, kids);
                } else if (child.row().repeated()) {
                    repeated(child, scope, childPath, kids);
                } else {
                    XmlNode g = group(child, scope, childPath);
                    if (g != null) {
                        kids.add(g);
                    }
                }
            }
            if (kids.isEmpty() && !def.row().required() && !def.row().repeated()) {
                return null;
            }
            return XmlNode.group(def.name(), kids, scope);
        }

        private void leaf(MessageElement row, String scope, String xmlPath, List<XmlNode> kids) {
            if (row.codec().readBack(row)) {
                for (String p : row.modelPaths()) {
                    Map.Entry<JsonNode, String> field = JsonPaths.holder(s.item, p);
                    if (field.getKey() != null) {
                        used.computeIfAbsent(field.getKey(), k -> new HashSet<>()).add(field.getValue());
                    }
                }
            }
            try {
                String text = row.codec().write(row, s);
                if (text != null) {
                    kids.add(XmlNode.leaf(row.name(), text, scope));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new MessageProblem(LayoutChecker.jsonPath(scope, row), xmlPath, e.getMessage()));
            }
        }

        private void repeated(MessageLayout.Node def, String scope, String xmlPath, List<XmlNode> kids) {
            JsonNode list = s.get(def.row().path());
            if (list == null) {
                return;
            }
            JsonNode saved = s.item;
            for (int i = 0; i < list.size(); i++) {
                s.item = list.get(i);
                s.index = i;
                kids.add(group(def, JsonPaths.join(scope, def.row().path()) + "[" + i + "]", xmlPath + "[" + (i + 1) + "]"));
            }
            s.item = saved;
            s.index = 0;
        }

        /**
         * Every value of the certificate that no element gives back when read and no row of not-carried.json lists.
         * An element may carry a whole list of values (EntryId). Paths are spelt out only for what is found.
         */
        void unplaced(JsonNode node, Step at) {
            Set<String> taken = used.getOrDefault(node, Set.of());
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                Step step = new Step(at, e.getKey(), -1);
                if (v.isObject()) {
                    unplaced(v, step);
                } else if (v.isArray() && !taken.contains(e.getKey())) {
                    for (int i = 0; i < v.size(); i++) {
                        if (v.get(i).isObject()) {
                            unplaced(v.get(i), new Step(at, e.getKey(), i));
                        } else {
                            unplacedValue(new Step(at, e.getKey(), i));
                        }
                    }
                } else if (!v.isNull() && !v.isArray() && !taken.contains(e.getKey())) {
                    unplacedValue(step);
                }
            }
        }

        private void unplacedValue(Step step) {
            String path = step.toString();
            if (!notCarried.matches(path)) {
                problems.add(new MessageProblem(path, MessageLayout.ROOT,
                        "no element of the customs import message carries this field (docs/customs-message.md)"));
            }
        }
    }
}
