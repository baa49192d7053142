package io.coo4j.core.model;

/** What an attached document is (随附单据类型). */
public enum AttachmentKind {
    INVOICE("发票"),
    PACKING_LIST("装箱单"),
    CONTRACT("合同"),
    BILL_OF_LADING("提单"),
    /** The scan of an inbound original proof (RCEP back-to-back: required, 001 §1.26). */
    ORIGINAL_PROOF("原产地证明正本"),
    /** Requested by a verification record (核查资料). */
    VERIFICATION_DOCUMENT("核查资料"),
    OTHER("其他");

    private final String nameZh;

    AttachmentKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
