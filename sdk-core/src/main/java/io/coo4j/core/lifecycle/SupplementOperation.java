package io.coo4j.core.lifecycle;

/** Operations on a declaration-number supplement. */
public enum SupplementOperation {
    EDIT,
    SUBMIT,
    CUSTOMS_ACCEPT,
    /** 删除: removes the supplement's result. */
    DELETE,
    /** 重新补录: after deletion, supplement the certificate again. */
    REDO
}
