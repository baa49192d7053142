package io.coo4j.testkit.internal;

import io.coo4j.client.NewSubscription;
import io.coo4j.client.Signatures;
import io.coo4j.client.WebhookDelivery;
import io.coo4j.client.WebhookEvent;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.Subscription;
import io.coo4j.core.model.SubscriptionChannel;
import io.coo4j.core.model.SubscriptionScope;
import io.coo4j.core.validation.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customs' receipt push (订阅, 001 ch.16; 003) as webhook callbacks: every receipt the other desks append
 * ({@link Review#onReceipt}) goes to each matching subscription's URL as a {@link WebhookEvent}, signed as
 * {@code docs/api.md} "Webhooks" says ({@link Signatures#webhook}, re-signed on every attempt so a late retry is still
 * fresh), with the event id in {@link WebhookEvent#ID_HEADER}. A failed attempt (no answer, or not 2xx) is retried
 * after 50, 100, 200 and 400 ms — five attempts in all — unless the subscription was deleted meanwhile; every
 * attempt is logged for {@code GET subscriptions/{id}/deliveries}. The sandbox calls loopback addresses only, and
 * delivers only the WEBHOOK channel (SMS and WeChat need gateways a simulator does not have). Thread-safe: one lock
 * for the subscriptions and their logs; sending happens outside it.
 */
final class SubscriptionDesk {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.testkit");
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(50);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
    private static final int TARGET_MAX = 64;
    private static final int ADDRESS_MAX = 2048;

    private final Review review;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ATTEMPT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
    private final Map<String, Entry> subscriptions = new LinkedHashMap<>();
    private long created;

    SubscriptionDesk(Review review) {
        this.review = review;
    }

    /** A subscription, its secret and its delivery log. */
    private static final class Entry {
        final long position;
        final Subscription subscription;
        final byte[] secret;
        final List<WebhookDelivery> deliveries = new ArrayList<>();

        Entry(long position, Subscription subscription, byte[] secret) {
            this.position = position;
            this.subscription = subscription;
            this.secret = secret;
        }
    }

    record SubscriptionRequest(SubscriptionScope scope, String target, SubscriptionChannel channel, String address) {
    }

    /** The calls of {@code docs/api.md}'s subscription table; also starts listening to the receipts. */
    void register(Routes routes) {
        review.onReceipt(this::publish);
        routes.on("POST subscriptions", c -> Routes.Reply.created(subscribe(c.read(SubscriptionRequest.class))))
                .on("GET subscriptions", c -> Routes.Reply.ok(list(c.query())))
                .on("GET subscriptions/{id}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("DELETE subscriptions/{id}", c -> {
                    delete(c.variable(0));
                    return Routes.Reply.noContent();
                })
                .on("GET subscriptions/{id}/deliveries", c -> Routes.Reply.ok(deliveries(c.variable(0), c.query())));
    }

    NewSubscription subscribe(SubscriptionRequest r) {
        SubscriptionScope scope = Params.present(r.scope(), "scope");
        if (Params.present(r.channel(), "channel") != SubscriptionChannel.WEBHOOK) {
            throw ApiError.invalid("channel", "the sandbox delivers WEBHOOK only; " + r.channel()
                    + " needs the Single Window's own gateway");
        }
        String target = checkTarget(scope, Params.present(r.target(), "target"));
        String address = checkAddress(Params.present(r.address(), "address"));
        byte[] secret = review.randomBytes(32);
        synchronized (this) {
            long position = ++created;
            Subscription s = new Subscription(String.format("SUB%06d", position), scope, target,
                    SubscriptionChannel.WEBHOOK, address);
            subscriptions.put(s.id(), new Entry(position, s, secret));
            return new NewSubscription(s, secret.clone());
        }
    }

    synchronized Map<String, Object> list(Map<String, String> query) {
        return Paging.page(subscriptions.values(), e -> e.position, e -> true, e -> e.subscription, query);
    }

    synchronized Subscription get(String id) {
        return find(id).subscription;
    }

    synchronized void delete(String id) {
        subscriptions.remove(find(id).subscription.id());
    }

    synchronized Map<String, Object> deliveries(String id, Map<String, String> query) {
        return Paging.page(find(id).deliveries, query);
    }

    /** Sends {@code receipt} to every subscription that follows its subject; never blocks the desk that made it. */
    void publish(Review.Subject subject, Receipt receipt) {
        WebhookEvent event = new WebhookEvent("evt-" + subject.kind() + "-" + subject.id() + "-" + receipt.seq(),
                "receipt", receipt.time(), subject.kind(), subject.id(), receipt);
        byte[] body = Bodies.JSON.writeBytes(event);
        List<Entry> matching = new ArrayList<>();
        synchronized (this) {
            for (Entry e : subscriptions.values()) {
                if (follows(e.subscription, subject)) {
                    matching.add(e);
                }
            }
        }
        matching.forEach(e -> attempt(e, event.id(), body, 1));
    }

    private static boolean follows(Subscription s, Review.Subject subject) {
        return switch (s.scope()) {
            case DOCUMENT -> s.target().equals(subject.id());
            case ENTERPRISE -> s.target().equals(subject.filingNumber());
            case PERSON -> s.target().equals(subject.declarantIdNumber());
        };
    }

    private void attempt(Entry e, String eventId, byte[] body, int attempt) {
        long now = review.clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(e.subscription.address())).timeout(ATTEMPT_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(Signatures.WEBHOOK_HEADER, Signatures.webhook(e.secret, now, body))
                .header(WebhookEvent.ID_HEADER, eventId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            int status = response == null ? 0 : response.statusCode();
            String error = failure != null ? failure.getClass().getSimpleName()
                    : status / 100 == 2 ? null : "the receiver answered " + status;
            if (!log(e, new WebhookDelivery(eventId, attempt, review.clock.instant(), status, error))) {
                return;
            }
            if (error != null && attempt < MAX_ATTEMPTS) {
                review.after(FIRST_RETRY.multipliedBy(1L << (attempt - 1)), () -> attempt(e, eventId, body, attempt + 1));
            } else if (error != null) {
                LOG.warn("sandbox webhook {} gave up on event {} after {} attempts: {}", e.subscription.id(), eventId,
                        attempt, error);
            }
        });
    }

    /** Logs the attempt; false when the subscription is gone, so its retries stop. */
    private synchronized boolean log(Entry e, WebhookDelivery d) {
        if (subscriptions.get(e.subscription.id()) != e) {
            return false;
        }
        e.deliveries.add(d);
        return true;
    }

    /** The subscription {@code id} (caller holds the lock). */
    private Entry find(String id) {
        Entry e = subscriptions.get(id);
        if (e == null) {
            throw ApiError.notFound("subscription " + id);
        }
        return e;
    }

    /** The target's form follows the scope: a document id, a 9-digit filing number, an identity number. */
    private static String checkTarget(SubscriptionScope scope, String target) {
        if (target.length() > TARGET_MAX || Checks.firstControlCharacter(target) >= 0) {
            throw ApiError.invalid("target", "at most " + TARGET_MAX + " printable characters");
        }
        if (scope == SubscriptionScope.ENTERPRISE && !Checks.isFilingNumber(target)) {
            throw ApiError.invalid("target", "an ENTERPRISE subscription follows a 9-digit filing number (产地证备案号)");
        }
        if (scope == SubscriptionScope.PERSON && !Checks.isResidentId(target)) {
            throw ApiError.invalid("target", "a PERSON subscription follows a declarant's identity number");
        }
        return target;
    }

    /** An http(s) URL on a loopback literal or {@code localhost}: the sandbox never calls out of the machine. */
    private static String checkAddress(String address) {
        if (address.length() > ADDRESS_MAX) {
            throw ApiError.invalid("address", "at most " + ADDRESS_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw ApiError.invalid("address", "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw ApiError.invalid("address", "an absolute http(s) URL with a host and no user info");
        }
        if (!loopback(uri.getHost())) {
            throw ApiError.invalid("address", "the sandbox calls loopback addresses only, not " + uri.getHost());
        }
        return address;
    }

    /** {@code localhost} or a loopback literal: a name is never resolved, so DNS cannot point the sandbox elsewhere. */
    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.matches("127(\\.[0-9]{1,3}){3}") || host.equals("[::1]");
    }
}
