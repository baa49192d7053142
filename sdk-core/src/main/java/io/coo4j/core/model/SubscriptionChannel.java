package io.coo4j.core.model;

/** How receipts are pushed (回执推送, 001 ch.16). */
public enum SubscriptionChannel {
    /** 短信: a text message to the subscriber's mobile phone. */
    SMS,
    /** 微信: through the Single Window's WeChat official account. */
    WECHAT,
    /** An HTTP callback to the subscriber's own system. */
    WEBHOOK
}
