package io.coo4j.testkit.internal;

import io.coo4j.print.seal.Stamp;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The seals or the signatures of the self-print desk (印章管理, 003): each with the stamp it prints as, enabled or
 * disabled, deleted only when disabled ("若要删除印章，请先停用后再删除"). Thread-safe: one lock per shelf.
 *
 * @param <T> {@code Seal} or {@code Signature}
 */
final class StampShelf<T> {
    /** One record and what it prints as. */
    record Item<T>(T value, Stamp stamp) {
    }

    private final String what;
    private final String prefix;
    private final Predicate<T> enabled;
    private final BiFunction<T, Boolean, T> withEnabled;
    private final Ledger<Item<T>> items;
    /** The last id's number: ids are not reused after a deletion. */
    private long created;

    StampShelf(String what, String prefix, Predicate<T> enabled, BiFunction<T, Boolean, T> withEnabled) {
        this.what = what;
        this.prefix = prefix;
        this.enabled = enabled;
        this.withEnabled = withEnabled;
        this.items = new Ledger<>(what);
    }

    /** Stores the record {@code make} builds from the new id. */
    synchronized T add(Function<String, T> make, Stamp stamp) {
        String id = String.format("%s%06d", prefix, ++created);
        return items.add(id, new Item<>(make.apply(id), stamp)).value();
    }

    /**
     * The record {@code id} if it may be used now: enabled, and {@code whyNot} finds nothing against it (it answers
     * {@code null} then); otherwise a 409 saying why. Judged and read under the shelf's lock, so that what is answered
     * is what was judged, not a record disabled in between.
     */
    synchronized Item<T> usable(String id, Function<T, String> whyNot) {
        Item<T> item = items.find(id);
        if (!enabled.test(item.value())) {
            throw ApiError.conflict("CONFLICT", what + " " + id + " is disabled: enable it before authorizing it");
        }
        String why = whyNot.apply(item.value());
        if (why != null) {
            throw ApiError.conflict("CONFLICT", what + " " + id + " " + why);
        }
        return item;
    }

    /** Enables or disables; doing it twice leaves it so. */
    synchronized T enable(String id, boolean on) {
        Item<T> item = items.find(id);
        return items.put(id, new Item<>(withEnabled.apply(item.value(), on), item.stamp())).value();
    }

    synchronized void delete(String id) {
        if (enabled.test(items.find(id).value())) {
            throw ApiError.transition(what + " " + id + " is enabled: disable it before deleting it (003 印章制作)",
                    "ENABLED", "DELETE");
        }
        items.remove(id);
    }

    synchronized Map<String, Object> page(Map<String, String> query) {
        return items.page(i -> true, Item::value, query);
    }

    /** The calls of one shelf under {@code self-print/<segment>}: add (by {@code add}), list, enable, disable, delete. */
    void register(Routes routes, String segment, Routes.Handler add) {
        String base = "self-print/" + segment;
        routes.on("POST " + base, add)
                .on("GET " + base, c -> Routes.Reply.ok(page(c.query())))
                .on("POST " + base + "/{id}/enable", c -> Routes.Reply.ok(enable(c.variable(0), true)))
                .on("POST " + base + "/{id}/disable", c -> Routes.Reply.ok(enable(c.variable(0), false)))
                .on("DELETE " + base + "/{id}", c -> {
                    delete(c.variable(0));
                    return Routes.Reply.noContent();
                });
    }
}
