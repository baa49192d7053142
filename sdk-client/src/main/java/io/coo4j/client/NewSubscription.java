package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Subscription;

/**
 * A subscription just made, with the secret its webhook callbacks are signed with. The service shows the secret only
 * in this answer: keep it where the receiver can read it, and build the receiver's {@link #verifier()} from it.
 * Immutable by convention: do not change the array.
 *
 * @param subscription the subscription (订阅) as the service keeps it
 * @param secret       the HMAC-SHA256 key its callbacks are signed with (base64 in the service's answer)
 * @since 0.1
 */
public record NewSubscription(Subscription subscription, byte[] secret) {
    /** Checks that both are given: an answer of the service without one is an {@link InvalidInputException}. */
    public NewSubscription {
        InvalidInputException.requireArgument(subscription, "NewSubscription", "subscription");
        InvalidInputException.requireArgument(secret, "NewSubscription", "secret");
    }

    /** A verifier of this subscription's callbacks, with the default 300-second tolerance. */
    public WebhookVerifier verifier() {
        return WebhookVerifier.of(secret);
    }

    @Override
    public String toString() {
        return "NewSubscription[subscription=" + subscription + ", secret=(hidden)]";
    }
}
