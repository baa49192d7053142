package io.coo4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Cursor paging of {@code docs/api.md}: the token is the opaque position after the last item returned, so pages stay
 * stable while records are added.
 */
final class Paging {
    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** One page of {@code items} (in position order) that pass {@code filter}, as the answer document. */
    static <T, R> Map<String, Object> page(Iterable<T> items, ToLongFunction<T> position, Predicate<T> filter,
                                           Function<T, R> view, Map<String, String> query) {
        int size = size(query.get("pageSize"));
        long after = after(query.get("pageToken"));
        List<R> out = new ArrayList<>();
        long last = after;
        String next = null;
        for (T item : items) {
            long pos = position.applyAsLong(item);
            if (pos <= after || !filter.test(item)) {
                continue;
            }
            if (out.size() == size) {
                next = token(last);
                break;
            }
            out.add(view.apply(item));
            last = pos;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", out);
        page.put("nextPageToken", next);
        return page;
    }

    /** A page of a list whose position is its index (receipts: a receipt delivered twice keeps both places). */
    static <T> Map<String, Object> page(List<T> items, Map<String, String> query) {
        return page(items, item -> true, query);
    }

    /** A page of the items of a list that pass {@code filter}, each item's position its index. */
    static <T> Map<String, Object> page(List<T> items, Predicate<T> filter, Map<String, String> query) {
        List<Long> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            positions.add((long) i);
        }
        return page(positions, p -> p, p -> filter.test(items.get(p.intValue())), p -> items.get(p.intValue()), query);
    }

    private static int size(String value) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.invalid("pageSize", "a whole number from 1 to " + MAX_SIZE);
    }

    private static long after(String token) {
        if (token == null) {
            return Long.MIN_VALUE;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (text.startsWith("after:")) {
                return Long.parseLong(text.substring(6));
            }
        } catch (IllegalArgumentException e) {
            // reported below; NumberFormatException is an IllegalArgumentException
        }
        throw ApiError.invalid("pageToken", "not a page token this service issued");
    }

    private static String token(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("after:" + position).getBytes(StandardCharsets.US_ASCII));
    }
}
