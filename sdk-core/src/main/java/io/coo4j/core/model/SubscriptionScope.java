package io.coo4j.core.model;

/** What a subscription follows: one document, the whole enterprise, or one person's documents. */
public enum SubscriptionScope {
    DOCUMENT,
    ENTERPRISE,
    PERSON
}
