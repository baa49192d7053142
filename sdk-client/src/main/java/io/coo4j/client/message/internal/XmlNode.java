package io.coo4j.client.message.internal;

import java.util.List;

/**
 * An element of a message on its way out or in: text for a leaf, children for a group. {@code scope} is the
 * JSON path of the model object the element was written from ({@code goods[2]}; empty for the certificate)
 * and is null when the element was read; {@code location} ({@code line 4, column 7}) is where it was read
 * and is null when it is written.
 */
public record XmlNode(String namespace, String name, String text, List<XmlNode> children, String scope, String location) {
    public XmlNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static XmlNode leaf(String name, String text, String scope) {
        return new XmlNode(MessageLayout.NAMESPACE, name, text, List.of(), scope, null);
    }

    public static XmlNode group(String name, List<XmlNode> children, String scope) {
        return new XmlNode(MessageLayout.NAMESPACE, name, null, children, scope, null);
    }

    public boolean written() {
        return scope != null;
    }
}
