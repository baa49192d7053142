package io.coo4j.excel.internal;

/**
 * How a goods template says which certificate type it is for: the first row of its lists sheet holds
 * {@link #TEXT} in A1 and the type code in B1, so that an import needs no certificate type from its caller.
 */
public final class TemplateMarker {
    public static final String TEXT = "coo4j goods template";

    private TemplateMarker() {
    }

    /** The lists sheet's name, as the template writes it. */
    public static String listsSheet() {
        return Labels.zh("template.lists") + " " + Labels.en("template.lists");
    }

    /** The type code in a lists sheet's first row, given its A1 and B1 texts; null when the row is not the marker. */
    public static String type(String a1, String b1) {
        return TEXT.equals(a1) && b1 != null && !b1.isBlank() ? b1.strip() : null;
    }
}
