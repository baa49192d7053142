package io.coo4j.core.lifecycle;

/** Operations on a declaration-number supplement. */
public enum SupplementOperation {
    /** Change a draft supplement (暂存) before it is submitted. */
    EDIT,
    /** 提交: send the draft to the customs. */
    SUBMIT,
    /** The customs' receipt: 海关接收成功, the supplement's final status. */
    CUSTOMS_ACCEPT,
    /** 删除: removes the supplement's result. */
    DELETE,
    /** 重新补录: after deletion, supplement the certificate again. */
    REDO
}
