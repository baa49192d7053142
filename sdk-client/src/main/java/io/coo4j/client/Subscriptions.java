package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Subscription;
import io.coo4j.core.model.SubscriptionChannel;
import io.coo4j.core.model.SubscriptionScope;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Receipt subscriptions (订阅, 001 ch.16; 003): follow one document, an enterprise (by filing number) or a person
 * (by identity number), and have every receipt pushed to an address — for {@link SubscriptionChannel#WEBHOOK} a URL the
 * service POSTs signed callbacks to ({@link WebhookEvent}, checked by {@link WebhookVerifier}), retried with backoff
 * until the receiver answers 2xx. A webhook URL must be {@code https}, or plain {@code http} on loopback: the client
 * refuses anything else before sending it. Obtained from {@link CooClient#subscriptions()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Subscriptions {
    private static final String ROOT = "subscriptions";

    private final Api api;

    Subscriptions(Api api) {
        this.api = api;
    }

    /**
     * Subscribes {@code address} on {@code channel} to the receipts of {@code target} within {@code scope}; the answer
     * holds the callbacks' signing secret, shown only this once.
     *
     * @throws InvalidInputException naming {@code address} when a webhook URL is not https and not on loopback
     */
    public NewSubscription subscribe(SubscriptionScope scope, String target, SubscriptionChannel channel, String address) {
        InvalidInputException.requireArgument(scope, "Subscriptions.subscribe", "scope");
        InvalidInputException.requireArgument(channel, "Subscriptions.subscribe", "channel");
        if (channel == SubscriptionChannel.WEBHOOK) {
            checkWebhookUrl(address);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", scope);
        body.put("target", Api.required("subscription", "target", target));
        body.put("channel", channel);
        body.put("address", Api.required("subscription", "address", address));
        return api.post("subscriptions.subscribe", NewSubscription.class, body, ROOT);
    }

    /** {@code subscribe(scope, target, WEBHOOK, url)}. */
    public NewSubscription webhook(SubscriptionScope scope, String target, String url) {
        return subscribe(scope, target, SubscriptionChannel.WEBHOOK,
                InvalidInputException.requireArgument(url, "Subscriptions.webhook", "url"));
    }

    /** The subscription {@code id}, without its secret; a {@link NotFoundException} when there is none. */
    public Subscription get(String id) {
        return api.get("subscriptions.get", Subscription.class, ROOT, Api.required("subscription", "id", id));
    }

    /** Every subscription, page by page. */
    public Iterable<Subscription> list() {
        return () -> api.pages("subscriptions.list", Subscription.class, Map.of(), 0, ROOT);
    }

    /** Ends the subscription; callbacks still being retried stop. */
    public void delete(String id) {
        api.delete("subscriptions.delete", null, ROOT, Api.required("subscription", "id", id));
    }

    /** The delivery attempts of the subscription's callbacks, oldest first. */
    public Iterable<WebhookDelivery> deliveries(String id) {
        String checked = Api.required("subscription", "id", id);
        return () -> api.pages("subscriptions.deliveries", WebhookDelivery.class, Map.of(), 0, ROOT, checked,
                "deliveries");
    }

    private static void checkWebhookUrl(String address) {
        URI uri;
        try {
            uri = new URI(Api.required("subscription", "address", address));
        } catch (URISyntaxException e) {
            throw new InvalidInputException("subscription", "address", "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidInputException("subscription", "address", "an absolute http(s) URL with a host");
        }
        if (scheme.equals("http") && !CooClient.Builder.isLoopback(uri.getHost())) {
            throw new InvalidInputException("subscription", "address",
                    "plain http is allowed only on loopback; use https for " + uri.getHost());
        }
    }
}
