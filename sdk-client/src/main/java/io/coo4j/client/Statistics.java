package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Business statistics (业务统计, 001 ch.11; 003) over the enterprise's certificates at the service: counts, shares and
 * FOB amounts by certificate type, month, destination, principal, entry clerk, login user or login user × principal
 * ({@link StatisticsGroup}), and the statistics workbook with its charts. Obtained from {@link CooClient#statistics()};
 * thread-safe (线程安全).
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
    public StatisticsReport report(StatisticsGroup groupBy, @Nullable LocalDate from, @Nullable LocalDate to) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("groupBy", InvalidInputException.requireArgument(groupBy, "Statistics.report", "groupBy").name());
        q.put("from", from == null ? null : from.toString());
        q.put("to", to == null ? null : to.toString());
        return api.get("statistics.report", StatisticsReport.class, q, "statistics");
    }

    /**
     * The statistics workbook ({@code .xlsx}, as sdk-excel's {@code StatisticsWorkbook} writes it) of the certificates
     * created from {@code from} to {@code to} (China days, both included; {@code null}: from the first certificate, up
     * to today): a sheet with a bar and a pie chart each by certificate type, principal (委托企业), entry clerk (录入员),
     * login user (登录用户) per {@code per}, and login user × principal. An end before the start is an
     * {@link InvalidRequestException} naming {@code to}.
     */
    public byte[] workbook(@Nullable LocalDate from, @Nullable LocalDate to, StatisticsPeriod per) {
        return api.file("statistics.workbook", workbookQuery(from, to, per), "statistics", "workbook");
    }

    /** {@link #workbook(LocalDate, LocalDate, StatisticsPeriod)} written to {@code out}, which stays open. */
    public void workbook(@Nullable LocalDate from, @Nullable LocalDate to, StatisticsPeriod per, OutputStream out) {
        api.file("statistics.workbook", "statistics workbook", out, workbookQuery(from, to, per), "statistics",
                "workbook");
    }

    private static Map<String, String> workbookQuery(@Nullable LocalDate from, @Nullable LocalDate to,
                                                     StatisticsPeriod per) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", from == null ? null : from.toString());
        q.put("to", to == null ? null : to.toString());
        q.put("per", Api.required("statistics workbook", "per", per).name());
        return q;
    }
}
