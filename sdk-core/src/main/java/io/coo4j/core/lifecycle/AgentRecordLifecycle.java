package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.AgentRecordOperation.*;
import static io.coo4j.core.lifecycle.AgentRecordState.*;

/**
 * The agent-record lifecycle (001 ch.3): "仅暂存待提交、海关接收成功状态的代理企业信息可进行删除操作" —
 * a draft is removed, an accepted one becomes 删除待提交; "仅暂存待提交、删除待提交状态的代理企业信息可进行提交操作".
 * Submissions are accepted without audit.
 */
public final class AgentRecordLifecycle {
    /** The agent-record lifecycle's states and the operations allowed in each. */
    public static final TransitionTable<AgentRecordState, AgentRecordOperation> TABLE =
            TransitionTable.<AgentRecordState, AgentRecordOperation>builder("agent record")
                    .states(AgentRecordState.values())
                    .initial(DRAFT)
                    .on(EDIT).from(DRAFT).stay()
                    .on(SUBMIT).from(DRAFT).to(SUBMITTED)
                    .on(SUBMIT).from(DELETE_PENDING).to(DELETE_SUBMITTED)
                    .on(CUSTOMS_ACCEPT).from(SUBMITTED).to(ACCEPTED)
                    .on(CUSTOMS_ACCEPT).from(DELETE_SUBMITTED).to(REMOVED)
                    .on(DELETE).from(DRAFT).to(REMOVED)
                    .on(DELETE).from(ACCEPTED).to(DELETE_PENDING)
                    .build();

    private AgentRecordLifecycle() {
    }
}
