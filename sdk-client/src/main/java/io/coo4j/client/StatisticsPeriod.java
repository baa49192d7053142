package io.coo4j.client;

/**
 * The period a statistics workbook counts each login user's (登录用户) work per (003: 按年、月、日统计登录用户工作量), in
 * China time.
 *
 * @since 0.1
 */
public enum StatisticsPeriod {
    /** Per year (按年). */
    YEAR,
    /** Per month (按月). */
    MONTH,
    /** Per day (按日). */
    DAY
}
