package io.coo4j.client;

import java.time.Instant;

/**
 * One attempt to deliver a webhook event to a subscription's address, as the service logs it: the HTTP status the
 * receiver answered ({@code 0} when it could not be reached) and the error, if any. Immutable.
 *
 * @since 0.1
 */
public record WebhookDelivery(String eventId, int attempt, Instant at, int status, String error) {
    /** Whether the receiver took the event (a 2xx answer). */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
