package io.coo4j.core.lifecycle;

/** Operations on an agent record. */
public enum AgentRecordOperation {
    EDIT,
    SUBMIT,
    DELETE,
    /** The customs' receipt: 海关接收成功. */
    CUSTOMS_ACCEPT
}
