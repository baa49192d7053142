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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
    /**
     * A loopback IP literal: 127 and three octets of 0–255 without leading zeros, or [::1]. Anything else, such as
     * {@code 127.300.1.1}, is not a literal and the HTTP client would look it up in DNS, which may point anywhere.
     */
    private static final Pattern LOOPBACK_LITERAL = Pattern.compile(
            "127(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}|\\[::1\\]");

    private final Review review;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ATTEMPT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
    private final Ledger<Entry> subscriptions = new Ledger<>("subscription");
    /** The last id's number: ids are not reused after a deletion, so this is not the ledger's size. */
    private long created;

    SubscriptionDesk(Review review) {
        this.review = review;
    }

    /** A subscription, where its callbacks go (its address with {@code localhost} as 127.0.0.1), its secret and its log. */
    private static final class Entry {
        final Subscription subscription;
        final URI target;
        final byte[] secret;
        final List<WebhookDelivery> deliveries = new ArrayList<>();

        Entry(Subscription subscription, URI target, byte[] secret) {
            this.subscription = subscription;
            this.target = target;
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
        String address = Params.present(r.address(), "address");
        URI uri = checkAddress(address);
        byte[] secret = review.randomBytes(32);
        synchronized (this) {
            Subscription s = new Subscription(String.format("SUB%06d", ++created), scope, target,
                    SubscriptionChannel.WEBHOOK, address);
            subscriptions.add(s.id(), new Entry(s, uri, secret));
            return new NewSubscription(s, secret.clone());
        }
    }

    synchronized Map<String, Object> list(Map<String, String> query) {
        return subscriptions.page(e -> true, e -> e.subscription, query);
    }

    synchronized Subscription get(String id) {
        return subscriptions.find(id).subscription;
    }

    synchronized void delete(String id) {
        subscriptions.find(id);
        subscriptions.remove(id);
    }

    synchronized Map<String, Object> deliveries(String id, Map<String, String> query) {
        return Paging.page(subscriptions.find(id).deliveries, query);
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
        HttpRequest request = HttpRequest.newBuilder(e.target).timeout(ATTEMPT_TIMEOUT)
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
        if (!subscriptions.contains(e.subscription.id()) || subscriptions.find(e.subscription.id()) != e) {
            return false;
        }
        e.deliveries.add(d);
        return true;
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

    /**
     * An http(s) URL on a loopback literal or {@code localhost}: the sandbox never calls out of the machine. Answers
     * where to call, {@code localhost} replaced by 127.0.0.1 so that no name is ever resolved.
     */
    private static URI checkAddress(String address) {
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
        String host = uri.getHost();
        if (host.equalsIgnoreCase("localhost")) {
            host = "127.0.0.1";
        } else if (!LOOPBACK_LITERAL.matcher(host).matches()) {
            throw ApiError.invalid("address", "the sandbox calls loopback addresses only (127.x.x.x, [::1] or "
                    + "localhost), not " + uri.getHost());
        }
        return URI.create(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
