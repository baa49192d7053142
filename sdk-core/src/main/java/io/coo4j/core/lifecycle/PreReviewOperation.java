package io.coo4j.core.lifecycle;

/** Operations on a product pre-review record. */
public enum PreReviewOperation {
    /** 修改: edit a new draft. */
    MODIFY,
    /** 变更. */
    CHANGE,
    /** 注销. */
    CANCEL,
    /** 恢复. */
    RESTORE,
    /** 删除: a draft is removed locally, an approved record becomes a deletion request. */
    DELETE,
    /** 提交. */
    SUBMIT,
    /** The customs' review: 审核通过. */
    APPROVE,
    /** The customs' review: 审核不通过. */
    REJECT;

    /** Whether a submission pending anywhere in the enterprise blocks this operation (001 ch.6). */
    public boolean blockedByPendingSubmission() {
        return this != SUBMIT && this != APPROVE && this != REJECT;
    }
}
