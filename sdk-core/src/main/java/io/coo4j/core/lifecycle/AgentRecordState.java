package io.coo4j.core.lifecycle;

/** States of an agent record (代理企业, 001 ch.3). */
public enum AgentRecordState {
    /** 暂存待提交. */
    DRAFT("暂存待提交"),
    /** 已提交. */
    SUBMITTED("已提交"),
    /** 海关接收成功: final for an addition; no audit. */
    ACCEPTED("海关接收成功"),
    /** 删除待提交: an accepted agent the user deleted; the deletion still has to be submitted. */
    DELETE_PENDING("删除待提交"),
    /** The deletion was submitted. */
    DELETE_SUBMITTED("删除已提交"),
    /** Gone. */
    REMOVED("已删除");

    private final String nameZh;

    AgentRecordState(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this state. */
    public String nameZh() {
        return nameZh;
    }
}
