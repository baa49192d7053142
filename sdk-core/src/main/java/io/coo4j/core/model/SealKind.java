package io.coo4j.core.model;

/** What a seal is for (印章类型, 003). */
public enum SealKind {
    COMPANY("公章"),
    CONTRACT("合同专用章"),
    FINANCE("财务专用章");

    private final String nameZh;

    SealKind(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this value. */
    public String nameZh() {
        return nameZh;
    }
}
