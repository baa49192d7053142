package io.coo4j.core.entry.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.entry.GoodsCatalogueStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The goods catalogue in memory, sorted by code. Thread-safe. */
public class InMemoryGoodsStore implements GoodsCatalogueStore {
    private final ConcurrentSkipListMap<String, GoodsCatalogueEntry> entries = new ConcurrentSkipListMap<>();

    @Override
    public Optional<GoodsCatalogueEntry> get(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code));
    }

    @Override
    public void put(GoodsCatalogueEntry entry) {
        InvalidInputException.requireArgument(entry, "GoodsCatalogueStore.put", "entry");
        entries.put(InvalidInputException.requireArgument(entry.code(), "GoodsCatalogueStore.put", "entry.code"), entry);
    }

    @Override
    public boolean remove(String code) {
        return code != null && entries.remove(code) != null;
    }

    @Override
    public List<GoodsCatalogueEntry> all() {
        return List.copyOf(entries.values());
    }
}
