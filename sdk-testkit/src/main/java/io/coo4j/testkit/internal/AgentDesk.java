package io.coo4j.testkit.internal;

import io.coo4j.core.lifecycle.AgentRecordLifecycle;
import io.coo4j.core.lifecycle.AgentRecordOperation;
import io.coo4j.core.lifecycle.AgentRecordState;
import io.coo4j.core.model.AgentRecord;
import io.coo4j.core.model.ApplicationMode;
import io.coo4j.core.model.Principal;
import io.coo4j.core.validation.FieldValidator;
import java.util.Map;

/**
 * Agents and principals (代理/委托, 001 ch.3). A self-applying (自理), synced enterprise with no change in flight
 * maintains its agents, keyed by the agent's filing number, through {@link AgentRecordLifecycle}: a submission is
 * accepted (海关接收成功) one review delay later without audit; deleting a draft removes it, deleting an accepted agent
 * makes a deletion to submit. An enterprise applying as agent (代理) keeps its principals (委托企业), keyed by their
 * subject id (主体识别码), to pre-fill certificates; deleting one is final. Thread-safe: one lock.
 */
final class AgentDesk {
    private final Review review;
    private final EnterpriseDesk enterprise;
    private final Ledger<AgentRecord> agents = new Ledger<>("agent");
    private final Ledger<Principal> principals = new Ledger<>("principal");
    private static final FieldValidator FIELDS = FieldValidator.defaults();

    AgentDesk(Review review, EnterpriseDesk enterprise) {
        this.review = review;
        this.enterprise = enterprise;
    }

    /** The calls of {@code docs/api.md}'s agents and principals table. */
    void register(Routes routes) {
        routes.on("POST agents", c -> Routes.Reply.created(add(c.read(AgentRecord.class))))
                .on("GET agents", c -> Routes.Reply.ok(list(c.query())))
                .on("GET agents/{filingNumber}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("PUT agents/{filingNumber}", c -> Routes.Reply.ok(edit(c.variable(0), c.read(AgentRecord.class))))
                .on("POST agents/{filingNumber}/submit", c -> Routes.Reply.ok(submit(c.variable(0))))
                .on("DELETE agents/{filingNumber}", c -> {
                    AgentRecord left = delete(c.variable(0));
                    return left == null ? Routes.Reply.noContent() : Routes.Reply.ok(left);
                })
                .on("GET principals", c -> Routes.Reply.ok(principals(c.query())))
                .on("GET principals/{code}", c -> Routes.Reply.ok(principal(c.variable(0))))
                .on("PUT principals/{code}", c -> Routes.Reply.ok(savePrincipal(c.variable(0), c.read(Principal.class))))
                .on("DELETE principals/{code}", c -> {
                    deletePrincipal(c.variable(0));
                    return Routes.Reply.noContent();
                });
    }

    synchronized AgentRecord add(AgentRecord a) {
        enterprise.requireMode("ADD", ApplicationMode.SELF);
        checked(a);
        return agents.add(a.agentFilingNumber(), with(a, AgentRecordState.DRAFT));
    }

    synchronized AgentRecord edit(String filingNumber, AgentRecord a) {
        enterprise.requireMode("EDIT", ApplicationMode.SELF);
        AgentRecord current = agents.find(filingNumber);
        checked(a);
        if (!a.agentFilingNumber().equals(filingNumber)) {
            throw ApiError.invalid("agentFilingNumber", "the body's " + a.agentFilingNumber() + " is not " + filingNumber);
        }
        return agents.put(filingNumber, with(a, apply(current, AgentRecordOperation.EDIT)));
    }

    synchronized AgentRecord submit(String filingNumber) {
        enterprise.requireMode("SUBMIT", ApplicationMode.SELF);
        AgentRecord a = agents.find(filingNumber);
        AgentRecord submitted = agents.put(filingNumber, with(a, apply(a, AgentRecordOperation.SUBMIT)));
        review.later(() -> accept(filingNumber, submitted));
        return submitted;
    }

    /** A draft removed answers {@code null}; an accepted agent becomes a deletion to submit (删除待提交). */
    synchronized AgentRecord delete(String filingNumber) {
        enterprise.requireMode("DELETE", ApplicationMode.SELF);
        AgentRecord a = agents.find(filingNumber);
        AgentRecordState next = apply(a, AgentRecordOperation.DELETE);
        if (next == AgentRecordState.REMOVED) {
            agents.remove(filingNumber);
            return null;
        }
        return agents.put(filingNumber, with(a, next));
    }

    synchronized AgentRecord get(String filingNumber) {
        return agents.find(filingNumber);
    }

    synchronized Map<String, Object> list(Map<String, String> query) {
        return agents.page(a -> true, a -> a, query);
    }

    synchronized Principal savePrincipal(String code, Principal p) {
        enterprise.requireMode("SAVE", ApplicationMode.AGENT);
        Checks.optional("code", Checks.text("code", p.code()), "[0-9A-Za-z]{1,18}",
                "the subject id (主体识别码): 1 to 18 letters or digits");
        if (!p.code().equals(code)) {
            throw ApiError.invalid("code", "the body's " + p.code() + " is not " + code);
        }
        Checks.text("nameCn", p.nameCn(), 100);
        if (!io.coo4j.core.validation.Checks.isPrintableEnglish(Checks.text("nameEn", p.nameEn(), 200))) {
            throw ApiError.invalid("nameEn", "printed on certificates: English letters, digits and punctuation only");
        }
        // 003 委托人维护 (filing number 9位, English…) and the customs message's lengths of what it pre-fills (the
        // exporter's name and address on Exporter's two lines, AplAdd…); warnings pass
        Checks.valid(FIELDS.validate(p));
        return principals.put(code, p);
    }

    synchronized void deletePrincipal(String code) {
        enterprise.requireMode("DELETE", ApplicationMode.AGENT);
        principals.find(code);
        principals.remove(code);
    }

    synchronized Principal principal(String code) {
        return principals.find(code);
    }

    synchronized Map<String, Object> principals(Map<String, String> query) {
        return principals.page(p -> true, p -> p, query);
    }

    /** The customs' receipt 海关接收成功, unless the record changed since it was submitted. */
    private synchronized void accept(String filingNumber, AgentRecord submitted) {
        if (!agents.contains(filingNumber) || agents.find(filingNumber) != submitted) {
            return;
        }
        AgentRecordState next = apply(submitted, AgentRecordOperation.CUSTOMS_ACCEPT);
        if (next == AgentRecordState.REMOVED) {
            agents.remove(filingNumber);
        } else {
            agents.put(filingNumber, with(submitted, next));
        }
    }

    private static AgentRecordState apply(AgentRecord a, AgentRecordOperation op) {
        return AgentRecordLifecycle.TABLE.apply(a.state(), op);
    }

    private static void checked(AgentRecord a) {
        Checks.serverSet("state", a.state());
        Checks.digits("agentFilingNumber", a.agentFilingNumber(), 9);
        if (a.agentCreditCode() != null && !io.coo4j.core.validation.Checks.isCreditCode(a.agentCreditCode())) {
            throw ApiError.invalid("agentCreditCode", "a unified social credit code (统一社会信用代码): 18 characters"
                    + " of GB 32100-2015 with its check character, got '" + a.agentCreditCode() + "'");
        }
        Checks.text("agentNameCn", a.agentNameCn(), 100);
    }

    private static AgentRecord with(AgentRecord a, AgentRecordState state) {
        return a.toBuilder().state(state).build();
    }
}
