package io.coo4j.core.entry.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.json.JsonLinesFile;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The goods catalogue in memory, with every change appended to a journal first and replayed on opening. Thread-safe:
 * changes are serialised, so the journal's order is the map's.
 */
public final class JournalGoodsStore extends InMemoryGoodsStore {
    /** One journal line: an entry saved, or the code of one removed. */
    public record Change(GoodsCatalogueEntry saved, String removed) {
    }

    private JsonLinesFile<Change> journal;

    private JournalGoodsStore() {
    }

    /** Opens and replays {@code file}. */
    public static JournalGoodsStore open(Path file) {
        JournalGoodsStore store = new JournalGoodsStore();
        store.journal = JsonLinesFile.open(file, Change.class, true, replay(file, store::keep, store::forget));
        return store;
    }

    /** The entries {@code file} holds, read without changing it ({@link JsonLinesFile#read}), in a store in memory. */
    public static InMemoryGoodsStore read(Path file) {
        InMemoryGoodsStore store = new InMemoryGoodsStore();
        JsonLinesFile.read(file, Change.class, replay(file, store::put, store::remove));
        return store;
    }

    /**
     * Applies each line to a store that does not journal it. A line this class did not write (edited by hand, say) is
     * refused with its number, never half applied.
     */
    private static Consumer<Change> replay(Path file, Consumer<GoodsCatalogueEntry> put, Consumer<String> remove) {
        int[] line = {0};
        return c -> {
            line[0]++;
            if (c.saved() != null && c.removed() == null && c.saved().goods() != null && named(c.saved().code())) {
                put.accept(c.saved());
            } else if (c.saved() == null && named(c.removed())) {
                remove.accept(c.removed());
            } else {
                throw new InvalidInputException(file.toString(), "line " + line[0],
                        "a goods catalogue line holds either a saved entry with a code and goods, or a removed code");
            }
        };
    }

    private static boolean named(String code) {
        return code != null && !code.isBlank();
    }

    private void keep(GoodsCatalogueEntry entry) {
        super.put(entry);
    }

    private void forget(String code) {
        super.remove(code);
    }

    @Override
    public synchronized void put(GoodsCatalogueEntry entry) {
        journal.append(new Change(entry, null));
        super.put(entry);
    }

    @Override
    public synchronized boolean remove(String code) {
        if (get(code).isEmpty()) {
            return false;
        }
        journal.append(new Change(null, code));
        return super.remove(code);
    }

    @Override
    public synchronized void close() {
        journal.close();
    }
}
