package io.coo4j.core.model;

/** What a seal is for (印章类型, 003). */
public enum SealKind {
    /** 公章: the company seal. */
    COMPANY("公章"),
    /** 合同专用章: the seal for contracts. */
    CONTRACT("合同专用章"),
    /** 财务专用章: the seal for financial documents. */
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
