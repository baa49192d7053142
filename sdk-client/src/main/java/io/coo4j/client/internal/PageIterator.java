package io.coo4j.client.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Walks a paged list lazily: the next page is fetched when the current one is used up, so a caller who stops early
 * fetches no more. Not thread-safe (one iterator per walk).
 */
public final class PageIterator<T> implements Iterator<T> {
    private final Function<String, Page<T>> fetch;
    private Iterator<T> current;
    private String nextToken;
    private boolean last;

    public PageIterator(Function<String, Page<T>> fetch) {
        this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (last) {
                return false;
            }
            Page<T> page = fetch.apply(nextToken);
            current = page.items().iterator();
            nextToken = page.nextPageToken();
            last = nextToken == null;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
