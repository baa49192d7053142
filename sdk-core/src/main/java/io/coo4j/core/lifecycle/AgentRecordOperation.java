package io.coo4j.core.lifecycle;

/** Operations on an agent record. */
public enum AgentRecordOperation {
    /** Change a draft (暂存待提交) before it is submitted. */
    EDIT,
    /** 提交: send a draft, or a deletion of an accepted agent (删除待提交), to the customs; no review follows. */
    SUBMIT,
    /** 删除: a draft goes at once; an accepted agent becomes a deletion still to be submitted (删除待提交). */
    DELETE,
    /** The customs' receipt: 海关接收成功. */
    CUSTOMS_ACCEPT
}
