package io.coo4j.core.model;

import io.coo4j.core.lifecycle.AgentRecordState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agent that a self-applying enterprise authorizes (代理企业, 001 ch.3), with its state in the
 * agent-record lifecycle and the principals it keeps.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param agentFilingNumber the agent's CO filing number (产地证备案号)
 * @param agentCreditCode the agent's unified social credit code (统一社会信用代码)
 * @param agentNameCn the agent's Chinese name
 * @param state the state in the agent-record lifecycle
 * @param principals the principals (委托企业) the agent keeps
 */
public record AgentRecord(
        @Nullable String agentFilingNumber,
        @Nullable String agentCreditCode,
        @Nullable String agentNameCn,
        @Nullable AgentRecordState state,
        List<Principal> principals) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public AgentRecord(@Nullable String agentFilingNumber, @Nullable String agentCreditCode,
            @Nullable String agentNameCn, @Nullable AgentRecordState state, @Nullable List<Principal> principals) {
        // Not compact: the parameter may be null, the component never is.
        principals = Lists.copy(principals, "AgentRecord", "principals");
        this.agentFilingNumber = agentFilingNumber;
        this.agentCreditCode = agentCreditCode;
        this.agentNameCn = agentNameCn;
        this.state = state;
        this.principals = principals;
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

        /** The agent's CO filing number (产地证备案号). */
        public Builder agentFilingNumber(@Nullable String v) { agentFilingNumber = v; return this; }
        /** The agent's unified social credit code (统一社会信用代码). */
        public Builder agentCreditCode(@Nullable String v) { agentCreditCode = v; return this; }
        /** The agent's Chinese name. */
        public Builder agentNameCn(@Nullable String v) { agentNameCn = v; return this; }
        /** The state in the agent-record lifecycle. */
        public Builder state(@Nullable AgentRecordState v) { state = v; return this; }
        /** The principals (委托企业) the agent keeps; {@code null} for none. */
        public Builder principals(@Nullable List<Principal> v) { principals = v; return this; }

        /** Builds the value from the fields set so far. */
        public AgentRecord build() {
            return new AgentRecord(agentFilingNumber, agentCreditCode, agentNameCn, state, principals);
        }
    }
}
