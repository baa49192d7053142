package io.coo4j.client;

import io.coo4j.client.internal.Api;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Business statistics (业务统计, 001 ch.11; 003) over the enterprise's certificates at the service: counts, shares and
 * FOB amounts by certificate type, month or destination. Obtained from {@link CooClient#statistics()}; thread-safe
 * (线程安全).
 *
 * @since 0.1
 */
public final class Statistics {
    private final Api api;

    Statistics(Api api) {
        this.api = api;
    }

    /**
     * The certificates created from {@code from} to {@code to} (China time, both included; either may be
     * {@code null} for an open end), grouped by {@code groupBy}; an end before the start is an
     * {@link InvalidRequestException} naming {@code to}.
     */
    public StatisticsReport report(StatisticsGroup groupBy, LocalDate from, LocalDate to) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("groupBy", Objects.requireNonNull(groupBy, "groupBy").name());
        q.put("from", from == null ? null : from.toString());
        q.put("to", to == null ? null : to.toString());
        return api.get(StatisticsReport.class, q, "statistics");
    }
}
