package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.lifecycle.AgentRecordState;
import io.coo4j.core.model.AgentRecord;
import io.coo4j.core.model.Principal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agents and principals (代理/委托, 001 ch.3). A self-applying (自理), synced enterprise keeps the agents (代理企业) it
 * authorizes, by the agent's filing number, through {@code AgentRecordLifecycle}: add (暂存待提交), submit (已提交, then
 * 海关接收成功 without audit), delete (a draft is removed; an accepted agent becomes 删除待提交, to submit). An enterprise
 * applying as agent (代理) keeps its principals (委托企业) by subject id (主体识别码) to pre-fill certificates. What the
 * lifecycle or the enterprise's mode refuses is a {@link ConflictException}. Obtained from {@link CooClient#agents()};
 * thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Agents {
    private static final String ROOT = "agents";
    private static final String PRINCIPALS = "principals";
    /** The states of a record on its way out (AgentRecordLifecycle): none leads to ACCEPTED. */
    private static final Set<AgentRecordState> LEAVING = EnumSet.of(AgentRecordState.DELETE_PENDING,
            AgentRecordState.DELETE_SUBMITTED, AgentRecordState.REMOVED);

    private final Api api;

    Agents(Api api) {
        this.api = api;
    }

    /** 新增: a draft agent record (暂存待提交); leave {@code state} out. */
    public AgentRecord add(AgentRecord agent) {
        return api.post("agents.add", AgentRecord.class, Api.required("agent", "agent", agent), ROOT);
    }

    /** Edits a draft agent record. */
    public AgentRecord edit(AgentRecord agent) {
        Api.required("agent", "agent", agent);
        return api.put("agents.edit", AgentRecord.class, agent, ROOT, filing(agent.agentFilingNumber()));
    }

    /** 提交: a draft or a deletion (删除待提交). */
    public AgentRecord submit(String agentFilingNumber) {
        return submit(agentFilingNumber, RequestOptions.none());
    }

    /** As {@link #submit(String)}, with the call's options (under the caller's idempotency key, say). */
    public AgentRecord submit(String agentFilingNumber, RequestOptions options) {
        return api.post("agents.submit", AgentRecord.class, null, options, ROOT, filing(agentFilingNumber), "submit");
    }

    /** 删除: a draft is removed (empty answer); an accepted agent becomes a deletion to submit (its record). */
    public Optional<AgentRecord> delete(String agentFilingNumber) {
        return Optional.ofNullable(api.delete("agents.delete", AgentRecord.class, ROOT, filing(agentFilingNumber)));
    }

    /** The agent record of this filing number (备案号); a {@link NotFoundException} when there is none. */
    public AgentRecord get(String agentFilingNumber) {
        return api.get("agents.get", AgentRecord.class, ROOT, filing(agentFilingNumber));
    }

    /** Every agent record, fetched page by page while the iteration goes on. */
    public Iterable<AgentRecord> list() {
        return () -> api.pages("agents.list", AgentRecord.class, Map.of(), 0, ROOT);
    }

    /**
     * Polls until a submitted addition is accepted (海关接收成功).
     *
     * @throws StateNotReachableException when the record is being deleted or removed instead: none of those states
     *                                    leads back to accepted
     */
    public AgentRecord awaitAccepted(String agentFilingNumber, Duration timeout) {
        AgentRecord a = api.poll(() -> get(agentFilingNumber), r -> r.state() == AgentRecordState.ACCEPTED
                || LEAVING.contains(r.state()), timeout, "agent " + agentFilingNumber + " to be accepted");
        if (a.state() != AgentRecordState.ACCEPTED) {
            throw new StateNotReachableException("agent " + agentFilingNumber, a.state().name(),
                    AgentRecordState.ACCEPTED.name(), "-");
        }
        return a;
    }

    /** 保存 a principal (委托人维护): creates or replaces the one with its code. */
    public Principal savePrincipal(Principal principal) {
        return api.put("agents.savePrincipal", Principal.class, principal, PRINCIPALS,
                Api.required("principal", "code", Api.required("principal", "principal", principal).code()));
    }

    /** The principal (委托企业) under {@code code}; a {@link NotFoundException} when there is none. */
    public Principal principal(String code) {
        return api.get("agents.principal", Principal.class, PRINCIPALS, Api.required("principal", "code", code));
    }

    /** Every principal, fetched page by page while the iteration goes on. */
    public Iterable<Principal> principals() {
        return () -> api.pages("agents.principals", Principal.class, Map.of(), 0, PRINCIPALS);
    }

    /** 删除: final; the principal has to be typed in again. */
    public void deletePrincipal(String code) {
        api.delete("agents.deletePrincipal", null, PRINCIPALS, Api.required("principal", "code", code));
    }

    private static String filing(String number) {
        return Api.required("agent", "agentFilingNumber", number);
    }
}
