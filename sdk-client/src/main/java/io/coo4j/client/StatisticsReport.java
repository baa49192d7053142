package io.coo4j.client;

import io.coo4j.client.internal.Components;
import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts and FOB amounts (USD, the sum of the goods lines) of the certificates created from {@code from} to
 * {@code to} (China time, both included; {@code null}: open), grouped as asked, with each group's share of the count
 * in percent (2 decimals, HALF_UP). Rows are in key order. Immutable.
 *
 * @param groupBy what the rows group by
 * @param from    the first China day counted; {@code null} when the range is open at the start
 * @param to      the last China day counted; {@code null} when the range is open at the end
 * @param count   how many certificates were counted
 * @param fobUsd  their FOB amount in USD
 * @param rows    one per group, in key order; empty when nothing was counted
 * @since 0.1
 */
public record StatisticsReport(StatisticsGroup groupBy, @Nullable LocalDate from, @Nullable LocalDate to, long count,
                               BigDecimal fobUsd, List<Row> rows) {
    /**
     * Checks the components: a missing {@code groupBy} or {@code fobUsd} (an answer of the service without one) is an
     * {@link InvalidInputException} naming it; no rows are an empty list. The rows are copied.
     */
    public StatisticsReport(StatisticsGroup groupBy, @Nullable LocalDate from, @Nullable LocalDate to, long count,
            BigDecimal fobUsd, @Nullable List<Row> rows) {
        // Not compact: the parameter may be null, the component never is.
        InvalidInputException.requireArgument(groupBy, "StatisticsReport", "groupBy");
        InvalidInputException.requireArgument(fobUsd, "StatisticsReport", "fobUsd");
        rows = rows == null ? List.of() : InvalidInputException.requireList(rows, "StatisticsReport", "rows");
        this.groupBy = groupBy;
        this.from = from;
        this.to = to;
        this.count = count;
        this.fobUsd = fobUsd;
        this.rows = rows;
    }

    /**
     * One group and its figures.
     *
     * @param key          the group's key: the type code, the month ({@code 2025-10}), the country code, the
     *                     principal's (委托企业) name, the entry clerk (录入员), the login user (登录用户), or
     *                     {@code user|principal}
     * @param label        a readable label: the type's or country's Chinese name, {@code user × principal}, else the
     *                     key itself
     * @param count        how many certificates the group has
     * @param sharePercent the group's share of the report's count, in percent (2 decimals, HALF_UP)
     * @param fobUsd       the group's FOB amount in USD
     */
    public record Row(String key, String label, long count, BigDecimal sharePercent, BigDecimal fobUsd) {
        /** Checks that every component is given: an {@link InvalidInputException} names the one missing. */
        public Row {
            Components.require(Row.class, key, label, count, sharePercent, fobUsd);
        }
    }
}
