package io.coo4j.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts and FOB amounts (USD, the sum of the goods lines) of the certificates created from {@code from} to
 * {@code to} (China time, both included; {@code null}: open), grouped as asked, with each group's share of the count
 * in percent (2 decimals, HALF_UP). Rows are in key order. Immutable.
 *
 * @since 0.1
 */
public record StatisticsReport(StatisticsGroup groupBy, LocalDate from, LocalDate to, long count, BigDecimal fobUsd,
                               List<Row> rows) {
    public StatisticsReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One group: its key (type code, {@code 2025-10}, country code), a readable label (the type's or country's Chinese
     * name; the month itself), and its figures.
     */
    public record Row(String key, String label, long count, BigDecimal sharePercent, BigDecimal fobUsd) {
    }
}
