package io.coo4j.client;

import io.coo4j.core.model.Subscription;

/**
 * A subscription just made, with the secret its webhook callbacks are signed with. The service shows the secret only
 * in this answer: keep it where the receiver can read it, and build the receiver's {@link #verifier()} from it.
 * Immutable by convention: do not change the array.
 *
 * @since 0.1
 */
public record NewSubscription(Subscription subscription, byte[] secret) {
    /** A verifier of this subscription's callbacks, with the default 300-second tolerance. */
    public WebhookVerifier verifier() {
        return WebhookVerifier.of(secret);
    }

    @Override
    public String toString() {
        return "NewSubscription[subscription=" + subscription + ", secret=(hidden)]";
    }
}
