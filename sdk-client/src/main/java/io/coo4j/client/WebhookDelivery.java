package io.coo4j.client;

import io.coo4j.client.internal.Components;
import io.coo4j.core.InvalidInputException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver a webhook event to a subscription's address, as the service logs it: the HTTP status the
 * receiver answered ({@code 0} when it could not be reached) and the error, if any. Immutable.
 *
 * @param eventId the {@link WebhookEvent#id() event} delivered
 * @param attempt which attempt it was, counting from 1
 * @param at      when the attempt ended
 * @param status  the HTTP status the receiver answered; {@code 0} when it could not be reached
 * @param error   why the attempt failed (the receiver's status, or the network fault); {@code null} when the receiver
 *                took the event
 * @since 0.1
 */
public record WebhookDelivery(String eventId, int attempt, Instant at, int status, @Nullable String error) {
    /** Checks the components: a missing event id or time is an {@link InvalidInputException} naming it. */
    public WebhookDelivery {
        Components.require(WebhookDelivery.class, eventId, attempt, at, status, error);
    }

    /** Whether the receiver took the event (a 2xx answer). */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
