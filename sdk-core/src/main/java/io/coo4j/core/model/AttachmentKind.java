package io.coo4j.core.model;

/** What an attached document is (随附单据类型). */
public enum AttachmentKind {
    /** 发票: the commercial invoice. */
    INVOICE("发票"),
    /** 装箱单: the packing list. */
    PACKING_LIST("装箱单"),
    /** 合同: the sales contract. */
    CONTRACT("合同"),
    /** 提单: the bill of lading. */
    BILL_OF_LADING("提单"),
    /** The scan of an inbound original proof (RCEP back-to-back: required, 001 §1.26). */
    ORIGINAL_PROOF("原产地证明正本"),
    /** Requested by a verification record (核查资料). */
    VERIFICATION_DOCUMENT("核查资料"),
    /** 其他: any other document. */
    OTHER("其他");

    private final String nameZh;

    AttachmentKind(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name the Single Window shows.
     *
     * @return the name in Chinese, e.g. {@code 发票}
     */
    public String nameZh() {
        return nameZh;
    }
}
