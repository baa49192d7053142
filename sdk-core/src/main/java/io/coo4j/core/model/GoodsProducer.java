package io.coo4j.core.model;

/**
 * The producer of one goods line (生产企业), for the forms that print a producer per line (Form H, RCEP).
 */
public record GoodsProducer(
        String code,
        String name,
        String description,
        String contactName,
        String phone,
        String fax,
        String email,
        boolean confidential) {
}
