package io.coo4j.client;

/**
 * What a statistic (业务统计, 001 ch.11; 003) groups certificates by.
 *
 * @since 0.1
 */
public enum StatisticsGroup {
    /** Certificate type (证书类型); the label is the type's Chinese name. */
    TYPE,
    /** Month of creation in China time, as {@code 2025-10}. */
    MONTH,
    /** Destination country, by its code; the label is the country's Chinese name. */
    DESTINATION,
    /**
     * Principal (委托企业): the enterprise a certificate was declared for, by its Chinese name (else its filing number,
     * else its credit code).
     */
    PRINCIPAL,
    /** Entry clerk (录入员): who keyed the certificate in; the simulator takes the declarant's (申报员) name. */
    ENTRY_CLERK,
    /**
     * Login user (登录用户): the authenticated caller that created the certificate — {@code token} for a bearer token,
     * {@code key:} and the key id for a signed request.
     */
    LOGIN_USER,
    /** Login user (登录用户) × principal (委托企业): the key is {@code user|principal}, the label {@code user × principal}. */
    LOGIN_USER_PRINCIPAL
}
