package io.coo4j.core.model;

import io.coo4j.core.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A receipt subscription (订阅, 001 ch.16; 003): what is followed ({@code target}: a certificate number,
 * a filing number or a user) and where receipts go ({@code address}: a phone, a WeChat id, or a webhook URL).
 * {@link #toString()} masks the target and the address: a person's identity number or phone must not reach a log.
 *
 * @param id the service's key of the subscription
 * @param scope what kind of thing is followed
 * @param target what is followed: a certificate number, a filing number or a user
 * @param channel how receipts are sent
 * @param address where receipts go: a phone, a WeChat id or a webhook URL
 */
public record Subscription(
        @Nullable String id,
        @Nullable SubscriptionScope scope,
        @Nullable String target,
        @Nullable SubscriptionChannel channel,
        @Nullable String address) {
    @Override
    public String toString() {
        return "Subscription[id=" + id + ", scope=" + scope + ", target=" + Masking.mask(target) + ", channel=" + channel
                + ", address=" + Masking.mask(address) + "]";
    }
}
