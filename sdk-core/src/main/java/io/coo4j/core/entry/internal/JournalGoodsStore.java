package io.coo4j.core.entry.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.json.JsonLinesFile;
import java.nio.file.Path;

/**
 * The goods catalogue in memory, with every change appended to a journal first and replayed on opening. Thread-safe:
 * changes are serialised, so the journal's order is the map's.
 */
public final class JournalGoodsStore extends InMemoryGoodsStore {
    /** One journal line: an entry saved, or the code of one removed. */
    public record Change(GoodsCatalogueEntry saved, String removed) {
    }

    private final Path file;
    private JsonLinesFile<Change> journal;
    private int replayed;

    private JournalGoodsStore(Path file) {
        this.file = file;
    }

    /** Opens and replays {@code file}. */
    public static JournalGoodsStore open(Path file) {
        JournalGoodsStore store = new JournalGoodsStore(file);
        store.journal = JsonLinesFile.open(file, Change.class, true, store::replay);
        return store;
    }

    /** A line this class did not write (edited by hand, say) is refused with its number, never half applied. */
    private void replay(Change c) {
        replayed++;
        if (c.saved() != null && c.removed() == null && c.saved().goods() != null && named(c.saved().code())) {
            super.put(c.saved());
        } else if (c.saved() == null && named(c.removed())) {
            super.remove(c.removed());
        } else {
            throw new InvalidInputException(file.toString(), "line " + replayed,
                    "a goods catalogue line holds either a saved entry with a code and goods, or a removed code");
        }
    }

    private static boolean named(String code) {
        return code != null && !code.isBlank();
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
