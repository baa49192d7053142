package io.coo4j.excel;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The period a login user's workload is counted per (003: 按年、月、日统计登录用户工作量), in China time.
 *
 * @since 0.1
 */
public enum Granularity {
    /** 按年: per calendar year. */
    YEAR,
    /** 按月: per calendar month. */
    MONTH,
    /** 按日: per day. */
    DAY;

    /** The period {@code instant} falls in, as a sortable label: {@code 2025}, {@code 2025-10}, {@code 2025-10-05}. */
    public String period(Instant instant) {
        LocalDate d = InvalidInputException.requireArgument(instant, "Granularity.period", "instant").atZone(ChinaTime.ZONE)
                .toLocalDate();
        return switch (this) {
            case YEAR -> String.valueOf(d.getYear());
            case MONTH -> d.toString().substring(0, 7);
            case DAY -> d.toString();
        };
    }
}
