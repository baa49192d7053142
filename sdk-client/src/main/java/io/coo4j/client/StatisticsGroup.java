package io.coo4j.client;

/**
 * What a statistic (业务统计, 001 ch.11; 003) groups certificates by: certificate type (证书类型), month of creation in
 * China time, or destination country.
 *
 * @since 0.1
 */
public enum StatisticsGroup {
    TYPE,
    MONTH,
    DESTINATION
}
