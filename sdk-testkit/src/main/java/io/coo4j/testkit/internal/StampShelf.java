package io.coo4j.testkit.internal;

import io.coo4j.print.seal.Stamp;
import java.util.LinkedHashMap;
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
    record Item<T>(long position, T value, Stamp stamp) {
    }

    private final String what;
    private final String prefix;
    private final Predicate<T> enabled;
    private final BiFunction<T, Boolean, T> withEnabled;
    private final Map<String, Item<T>> items = new LinkedHashMap<>();
    private long created;

    StampShelf(String what, String prefix, Predicate<T> enabled, BiFunction<T, Boolean, T> withEnabled) {
        this.what = what;
        this.prefix = prefix;
        this.enabled = enabled;
        this.withEnabled = withEnabled;
    }

    /** Stores the record {@code make} builds from the new id. */
    synchronized T add(Function<String, T> make, Stamp stamp) {
        long position = ++created;
        String id = String.format("%s%06d", prefix, position);
        T value = make.apply(id);
        items.put(id, new Item<>(position, value, stamp));
        return value;
    }

    synchronized Item<T> find(String id) {
        Item<T> item = items.get(id);
        if (item == null) {
            throw ApiError.notFound(what + " " + id);
        }
        return item;
    }

    /** Enables or disables; doing it twice leaves it so. */
    synchronized T enable(String id, boolean on) {
        Item<T> item = find(id);
        T changed = withEnabled.apply(item.value(), on);
        items.put(id, new Item<>(item.position(), changed, item.stamp()));
        return changed;
    }

    synchronized void delete(String id) {
        if (enabled.test(find(id).value())) {
            throw ApiError.transition(what + " " + id + " is enabled: disable it before deleting it (003 印章制作)",
                    "ENABLED", "DELETE");
        }
        items.remove(id);
    }

    synchronized Map<String, Object> page(Map<String, String> query) {
        return Paging.page(items.values(), Item::position, i -> true, Item::value, query);
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
