package io.coo4j.testkit.internal;

import io.coo4j.client.AcceptanceSummary;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.QueryPermission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The acceptance query (受理情况查询, 001 ch.10) and the query permission switch (查询权限开关, 001 ch.1). The switch is
 * the administrator's to set ({@link Callers}); while it is off, an operator's certificate query, list export and
 * acceptance query are {@code 403 FORBIDDEN}. Which queries it covers the manual does not say: these are coo4j's
 * reading. Thread-safe: one lock.
 */
final class AcceptanceDesk {
    /** The queries the switch covers, guarded on the desks that answer them. */
    private static final List<String> QUERIES = List.of("GET certificates", "GET certificates/export");

    private final Review review;
    private final CertificateDesk certificates;
    private QueryPermission permission = new QueryPermission(true);

    AcceptanceDesk(Review review, CertificateDesk certificates) {
        this.review = review;
        this.certificates = certificates;
    }

    /** The calls of {@code docs/api.md}'s acceptance rows; registered after the desks whose queries it guards. */
    void register(Routes routes) {
        routes.on("GET enterprise/acceptance", c -> {
            requireQuery(c);
            return Routes.Reply.ok(summary());
        }).on("GET enterprise/query-permission", c -> Routes.Reply.ok(permission()))
                .on("PUT enterprise/query-permission", c -> {
                    Callers.requireAdministrator(c, "SET_QUERY_PERMISSION");
                    return Routes.Reply.ok(save(c.read(QueryPermission.class)));
                });
        QUERIES.forEach(q -> routes.guard(q, this::requireQuery));
    }

    synchronized QueryPermission permission() {
        return permission;
    }

    synchronized QueryPermission save(QueryPermission value) {
        permission = value;
        return value;
    }

    /** Refuses an operator's query while the switch is off; the administrator always queries. */
    private synchronized void requireQuery(Routes.Call call) {
        if (!permission.operatorsMayQuery() && !Callers.administrator(call.principal())) {
            throw ApiError.forbidden("the enterprise's query permission switch (查询权限开关, 001 ch.1) is off:"
                    + " only the administrator queries");
        }
    }

    /** The enterprise and its certificates per state, every state listed (zeros too), in the lifecycle's order. */
    private AcceptanceSummary summary() {
        Map<CertificateState, Integer> counts = new EnumMap<>(CertificateState.class);
        for (CertificateState s : CertificateState.values()) {
            counts.put(s, 0);
        }
        for (CertificateRecord r : certificates.records()) {
            counts.merge(r.state(), 1, Integer::sum);
        }
        List<AcceptanceSummary.StateCount> rows = new ArrayList<>();
        counts.forEach((state, n) -> rows.add(new AcceptanceSummary.StateCount(state, n)));
        return new AcceptanceSummary(certificates.enterprise().get(), rows, review.clock.instant());
    }
}
