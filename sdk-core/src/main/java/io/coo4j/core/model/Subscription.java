package io.coo4j.core.model;

/**
 * A receipt subscription (订阅, 001 ch.16; 003): what is followed ({@code target}: a certificate number,
 * a filing number or a user) and where receipts go ({@code address}: a phone, a WeChat id, or a webhook URL).
 */
public record Subscription(String id, SubscriptionScope scope, String target, SubscriptionChannel channel, String address) {
}
