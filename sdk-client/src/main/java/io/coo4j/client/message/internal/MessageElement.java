package io.coo4j.client.message.internal;

import java.util.List;

/**
 * One element of the customs import message (a row of {@code customs-message.json}): its place below the
 * root ({@code CertificateHead/InvNo}), whether it is required ({@code min} 1) or repeated, its longest
 * text, the model field(s) it carries and how ({@link Codec}), the values it may take, and whether the
 * mapping is confirmed or inferred. A row without a codec is a group of other elements.
 */
public record MessageElement(
        String element,
        int min,
        boolean repeated,
        Integer maxLength,
        String path,
        List<String> paths,
        Codec codec,
        List<String> values,
        String status,
        String note) {

    public MessageElement {
        paths = paths == null ? List.of() : List.copyOf(paths);
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The element's own name, the last step of {@link #element()}. */
    public String name() {
        return element.substring(element.lastIndexOf('/') + 1);
    }

    /** The model paths this element reads, relative to its scope: {@link #path()} or {@link #paths()}. */
    public List<String> modelPaths() {
        return path != null ? List.of(path) : paths;
    }

    public boolean required() {
        return min >= 1;
    }
}
