package io.coo4j.client.message.internal;

import io.coo4j.core.CooException;
import java.util.ArrayList;
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

    /** An element and the elements inside it, in order. */
    public record Node(MessageElement row, List<Node> children) {
        public String name() {
            return row.name();
        }

        public boolean leaf() {
            return row.codec() != null;
        }

        /** The child of this name, or null. */
        public Node child(String name) {
            for (Node c : children) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final MessageData.DataFile<MessageElement> file;
    private final Node root;

    private MessageLayout(MessageData.DataFile<MessageElement> file) {
        this.file = file;
        Map<String, List<Node>> childrenOf = new LinkedHashMap<>();
        childrenOf.put("", new ArrayList<>());
        for (MessageElement row : file.entries()) {
            List<Node> kids = new ArrayList<>();
            childrenOf.put(row.element(), kids);
            String parent = row.element().contains("/") ? row.element().substring(0, row.element().lastIndexOf('/')) : "";
            List<Node> siblings = childrenOf.get(parent);
            if (siblings == null) {
                throw new CooException("customs-message.json: " + row.element() + " comes before its parent " + parent);
            }
            siblings.add(new Node(row, kids));
        }
        MessageElement rootRow = new MessageElement(ROOT, 1, false, null, null, null, null, null, "confirmed", null);
        this.root = freeze(new Node(rootRow, childrenOf.get("")));
    }

    private static Node freeze(Node n) {
        return new Node(n.row(), n.children().stream().map(MessageLayout::freeze).toList());
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
