package io.coo4j.core.model;

/** What a subscription follows: one document, the whole enterprise, or one person's documents. */
public enum SubscriptionScope {
    /** 按业务单据号订阅: the receipts of one document, named by its number. */
    DOCUMENT,
    /** 按企业订阅: the receipts of every document of the enterprise. */
    ENTERPRISE,
    /** 按个人订阅: the receipts of every document the subscriber entered. */
    PERSON
}
