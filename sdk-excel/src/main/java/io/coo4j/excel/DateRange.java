package io.coo4j.excel;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A range of calendar days in China time (Asia/Shanghai), both ends included: which certificates an export or a
 * statistic covers, by the day they were created. {@link #lastMonth()} is the manual's default for the Excel export
 * (001 ch.5: 可导出证书创建日期为一个月内的证书信息).
 *
 * <p>Immutable.
 *
 * @param from the first day, included
 * @param to   the last day, included; not before {@code from}
 * @since 0.1
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** Refuses a missing bound. */
    public DateRange {
        InvalidInputException.requireArgument(from, "date range", "from");
        InvalidInputException.requireArgument(to, "date range", "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("date range", "to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The month up to today in China: from the same day a month ago to today. */
    public static DateRange lastMonth() {
        LocalDate today = ChinaTime.today();
        return new DateRange(today.minusMonths(1), today);
    }

    /** Whether {@code instant} falls on one of the range's days in China time. */
    public boolean contains(@Nullable Instant instant) {
        if (instant == null) {
            return false;
        }
        LocalDate day = instant.atZone(ChinaTime.ZONE).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
