package io.coo4j.client;

import io.coo4j.client.internal.Components;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Receipt;
import java.time.Instant;

/**
 * The body of a webhook callback (回执推送, 001 ch.16; {@code docs/api.md} "Webhooks"): one receipt about one document.
 * {@code id} is the same on every delivery of the event — retries, and a receipt the customs side sent twice — so a
 * receiver acts on each id once. Read it with {@link WebhookVerifier#event}. Immutable.
 *
 * @param id           the event's id, also sent in the {@value #ID_HEADER} header
 * @param type         {@code receipt}
 * @param createdAt    when the receipt was made
 * @param documentKind {@code certificate}, {@code pre-review}, {@code self-print-authorization} or
 *                     {@code goods-filing}
 * @param document     the certificate number or record id
 * @param receipt      the receipt (回执) itself
 * @since 0.1
 */
public record WebhookEvent(String id, String type, Instant createdAt, String documentKind, String document,
                           Receipt receipt) {
    /** The header carrying the event id, so a receiver can drop a duplicate before reading the body. */
    public static final String ID_HEADER = "Coo-Event-Id";

    /**
     * Checks that every component is given: a callback body without one is an {@link InvalidInputException} naming
     * it.
     */
    public WebhookEvent {
        Components.require(WebhookEvent.class, id, type, createdAt, documentKind, document, receipt);
    }
}
