package io.coo4j.core.model;

import io.coo4j.core.lifecycle.AgentRecordState;
import java.util.List;

/**
 * An agent that a self-applying enterprise authorizes (代理企业, 001 ch.3), with its state in the
 * agent-record lifecycle and the principals it keeps.
 */
public record AgentRecord(
        String agentFilingNumber,
        String agentCreditCode,
        String agentNameCn,
        AgentRecordState state,
        List<Principal> principals) {

    public AgentRecord {
        principals = Lists.copy(principals);
    }
}
