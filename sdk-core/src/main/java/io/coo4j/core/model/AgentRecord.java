package io.coo4j.core.model;

import io.coo4j.core.lifecycle.AgentRecordState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agent that a self-applying enterprise authorizes (代理企业, 001 ch.3), with its state in the
 * agent-record lifecycle and the principals it keeps.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record AgentRecord(
        @Nullable String agentFilingNumber,
        @Nullable String agentCreditCode,
        @Nullable String agentNameCn,
        @Nullable AgentRecordState state,
        List<Principal> principals) {

    public AgentRecord {
        principals = Lists.copy(principals, "AgentRecord", "principals");
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().agentFilingNumber(agentFilingNumber).agentCreditCode(agentCreditCode)
                .agentNameCn(agentNameCn).state(state).principals(principals);
    }

    /** Builder of {@link AgentRecord}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String agentFilingNumber;
        private @Nullable String agentCreditCode;
        private @Nullable String agentNameCn;
        private @Nullable AgentRecordState state;
        private List<Principal> principals = List.of();

        private Builder() {
        }

        public Builder agentFilingNumber(@Nullable String v) { agentFilingNumber = v; return this; }
        public Builder agentCreditCode(@Nullable String v) { agentCreditCode = v; return this; }
        public Builder agentNameCn(@Nullable String v) { agentNameCn = v; return this; }
        public Builder state(@Nullable AgentRecordState v) { state = v; return this; }
        public Builder principals(List<Principal> v) { principals = v; return this; }

        public AgentRecord build() {
            return new AgentRecord(agentFilingNumber, agentCreditCode, agentNameCn, state, principals);
        }
    }
}
