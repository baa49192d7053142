package io.coo4j.core.model;

/** How receipts are pushed (回执推送, 001 ch.16). */
public enum SubscriptionChannel {
    SMS,
    WECHAT,
    /** An HTTP callback to the subscriber's own system. */
    WEBHOOK
}
