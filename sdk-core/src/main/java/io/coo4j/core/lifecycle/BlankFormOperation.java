package io.coo4j.core.lifecycle;

/** Operations on a blank form. */
public enum BlankFormOperation {
    /** 核销: use the form for an approved certificate. */
    CONSUME,
    /** 作废. */
    VOID,
    /** The customs' receipt accepts the submission. */
    CUSTOMS_ACCEPT,
    /** The customs' receipt refuses the submission: the form is unused again. */
    CUSTOMS_REJECT
}
