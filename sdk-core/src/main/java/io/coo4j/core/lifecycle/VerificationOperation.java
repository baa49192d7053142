package io.coo4j.core.lifecycle;

/** Operations on a verification record. */
public enum VerificationOperation {
    /** 处理: upload the ticked documents and maintain product cost details. */
    PROCESS,
    /** 提交: send the record, its documents uploaded and cost details kept, to the customs (已发送). */
    SUBMIT,
    /** The customs received the submission. */
    CUSTOMS_RECEIVE,
    /** The customs returned the record for more (退回核查). */
    CUSTOMS_RETURN,
    /** The customs closed the verification. */
    COMPLETE
}
