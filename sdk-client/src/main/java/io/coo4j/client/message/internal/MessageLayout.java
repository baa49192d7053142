package io.coo4j.client.message.internal;

import io.coo4j.core.CooException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customs import message's elements as a tree, built once from {@code customs-message.json}. The order of
 * a node's children is the schema's order. Immutable and thread-safe.
 */
public final class MessageLayout {
    /** The namespace of every element of the certificate message (the schema's target namespace). */
    public static final String NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
    public static final String ROOT = "Certificate";

    private static final class Holder {
        static final MessageLayout INSTANCE = new MessageLayout(MessageData.load("customs-message.json", MessageElement.class));
    }

    /** An element and the elements inside it, in order, with their places by name. */
    public record Node(MessageElement row, String name, List<Node> children, Map<String, Integer> places) {
        Node(MessageElement row, List<Node> children) {
            this(row, row.name(), List.copyOf(children), places(children));
        }

        private static Map<String, Integer> places(List<Node> children) {
            Map<String, Integer> places = new HashMap<>();
            for (int i = 0; i < children.size(); i++) {
                places.put(children.get(i).name(), i);
            }
            return Map.copyOf(places);
        }

        public boolean leaf() {
            return row.codec() != null;
        }

        /** The place of the child of this name among {@link #children()}, or -1. */
        public int place(String name) {
            return places.getOrDefault(name, -1);
        }

        /** The child of this name, or null. */
        public Node child(String name) {
            int i = place(name);
            return i < 0 ? null : children.get(i);
        }
    }

    private final MessageData.DataFile<MessageElement> file;
    private final Node root;

    private MessageLayout(MessageData.DataFile<MessageElement> file) {
        this.file = file;
        Map<String, List<MessageElement>> childrenOf = new LinkedHashMap<>();
        childrenOf.put("", new ArrayList<>());
        for (MessageElement row : file.entries()) {
            String parent = row.element().contains("/") ? row.element().substring(0, row.element().lastIndexOf('/')) : "";
            List<MessageElement> siblings = childrenOf.get(parent);
            if (siblings == null) {
                throw new CooException("customs-message.json: " + row.element() + " comes before its parent " + parent);
            }
            siblings.add(row);
            childrenOf.put(row.element(), new ArrayList<>());
        }
        MessageElement rootRow = new MessageElement(ROOT, 1, false, null, null, null, null, null, "confirmed", null);
        this.root = node(rootRow, "", childrenOf);
    }

    private static Node node(MessageElement row, String key, Map<String, List<MessageElement>> childrenOf) {
        return new Node(row, childrenOf.get(key).stream().map(r -> node(r, r.element(), childrenOf)).toList());
    }

    public static MessageLayout get() {
        return Holder.INSTANCE;
    }

    public Node root() {
        return root;
    }

    /** Every element row in file order, groups included. */
    public List<MessageElement> rows() {
        return file.entries();
    }

    public MessageData.DataFile<MessageElement> file() {
        return file;
    }
}
