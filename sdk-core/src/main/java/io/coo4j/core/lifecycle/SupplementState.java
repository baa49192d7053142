package io.coo4j.core.lifecycle;

/** States of an export-declaration-number supplement (报关单补录, 001 ch.9). */
public enum SupplementState {
    /** 暂存: saved, not yet submitted. */
    DRAFT("暂存"),
    /** 已提交: sent, waiting for the customs' receipt. */
    SUBMITTED("已提交"),
    /** 海关接收成功: the final status ("证明补录最终状态为：海关接收成功"). */
    ACCEPTED("海关接收成功"),
    /** Deleted: the certificate can be supplemented again from scratch. */
    DELETED("已删除");

    private final String nameZh;

    SupplementState(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this state. */
    public String nameZh() {
        return nameZh;
    }
}
