package io.coo4j.core.lifecycle;

/** The states of a certificate in the Single Window (单据状态, 001 ch.4–5; 003). */
public enum CertificateState {
    /** 暂存. */
    DRAFT("暂存"),
    /** 数据已发往海关. */
    SENT("数据已发往海关"),
    /** 海关入库成功 / 数据接收成功. */
    RECEIVED("海关入库成功"),
    /** 审核通过. */
    APPROVED("审核通过"),
    /** 退证: returned by the reviewer with reasons; may be edited and declared again, or deleted. */
    RETURNED("退证"),
    /** 已手动存档: hidden from the default list by the user; not the customs' filing (归档). */
    ARCHIVED("已手动存档"),
    /** 作废: voided (CCPIT). */
    VOIDED("作废"),
    /** Deleted: gone for good ("删除的数据将不可恢复"). */
    DELETED("已删除");

    private final String nameZh;

    CertificateState(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this state. */
    public String nameZh() {
        return nameZh;
    }
}
