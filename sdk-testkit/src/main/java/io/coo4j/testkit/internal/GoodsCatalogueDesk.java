package io.coo4j.testkit.internal;

import io.coo4j.client.SavedGoodsEntry;
import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.entry.GoodsCatalogueSearch;
import io.coo4j.core.entry.GoodsCatalogueStore;
import io.coo4j.core.validation.ValidationReport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise's goods catalogue (货物维护, 001 §1.1) as the Single Window keeps it, for the simulator's one
 * enterprise: every entry is saved through sdk-core's {@link GoodsCatalogue#save} — the goods line's field rules and
 * the catalogue's required fields, with nothing of their own here — so an ERROR is a {@code 400} naming the entry's path
 * and the rule, and an entry kept is answered with the check's report ({@link SavedGoodsEntry}: the WARNINGS, a missing
 * name, and the checks not made, {@code HS_CODE_EXISTS} without an HS nomenclature). Adding a code the catalogue holds
 * is a {@code 409 CONFLICT}; saving under a code ({@code PUT}) adds or replaces; deleting a code it lacks is a
 * {@code 404}. The catalogue keeps at most {@link #MAX_ENTRIES} entries, so a loop of adds cannot fill the
 * simulator's memory: one more is a {@code 409 CONFLICT} saying so. Searches take the filters of
 * {@link GoodsCatalogueSearch}, paged in the order entries were added. The simulator has one enterprise and no user
 * accounts, so there is no other enterprise's entry to refuse, and any caller maintains the catalogue (001 §1.1 does not
 * give it to the administrator). Thread-safe: one lock.
 */
final class GoodsCatalogueDesk {
    /** The most entries the simulator keeps: far more than a test adds, few enough to bound its memory. */
    static final int MAX_ENTRIES = 10_000;

    private final Ledger<GoodsCatalogueEntry> entries = new Ledger<>("goods catalogue entry");
    private final GoodsCatalogue catalogue = GoodsCatalogue.create(new LedgerStore());

    /** The calls of {@code docs/api.md}'s goods catalogue table. */
    void register(Routes routes) {
        routes.on("POST goods-catalogue", c -> Routes.Reply.created(add(c.read(GoodsCatalogueEntry.class))))
                .on("GET goods-catalogue", c -> Routes.Reply.ok(search(c.query())))
                .on("GET goods-catalogue/{code}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("PUT goods-catalogue/{code}", c -> save(c.variable(0), c.read(GoodsCatalogueEntry.class)))
                .on("DELETE goods-catalogue/{code}", c -> {
                    delete(c.variable(0));
                    return Routes.Reply.noContent();
                });
    }

    /** 新增 … 保存: a code not held yet. */
    synchronized SavedGoodsEntry add(GoodsCatalogueEntry entry) {
        if (entry.code() != null && entries.contains(entry.code())) {
            throw ApiError.conflict("CONFLICT", "goods catalogue entry " + entry.code() + " exists already: save it"
                    + " (PUT goods-catalogue/{code}) or choose another code");
        }
        return saved(entry);
    }

    /**
     * 保存 under {@code code}: {@code 201} with the entry added, {@code 200} with the one replaced; the body names the
     * same code or none.
     */
    synchronized Routes.Reply save(String code, GoodsCatalogueEntry entry) {
        if (entry.code() != null && !entry.code().equals(code)) {
            throw ApiError.invalid("code", "the body's " + entry.code() + " is not " + code + ": a code names one entry"
                    + " and does not change; add the entry under the new code and delete the old one");
        }
        boolean held = entries.contains(code);
        SavedGoodsEntry saved = saved(new GoodsCatalogueEntry(code, entry.goods()));
        return held ? Routes.Reply.ok(saved) : Routes.Reply.created(saved);
    }

    synchronized void delete(String code) {
        entries.find(code);
        catalogue.remove(code);
    }

    synchronized GoodsCatalogueEntry get(String code) {
        return entries.find(code);
    }

    /** The entries the query's {@code text}, {@code hsCode}, {@code name} and {@code code} match; a bad one is a 400. */
    synchronized Map<String, Object> search(Map<String, String> query) {
        GoodsCatalogueSearch search = GoodsCatalogueSearch.builder().text(query.get("text")).hsCode(query.get("hsCode"))
                .name(query.get("name")).code(query.get("code")).build();
        return entries.page(search::matches, e -> e, query);
    }

    /**
     * Through sdk-core's catalogue: its {@code InvalidInputException} (a missing code or goods line, a field ERROR) is
     * answered by the server as a 400 naming the entry's path. A new code is refused first when the catalogue is full.
     */
    private SavedGoodsEntry saved(GoodsCatalogueEntry entry) {
        if (entries.size() >= MAX_ENTRIES && (entry.code() == null || !entries.contains(entry.code()))) {
            throw ApiError.conflict("CONFLICT", "the goods catalogue holds " + MAX_ENTRIES + " entries, the most the"
                    + " simulator keeps: delete some before adding another");
        }
        ValidationReport report = catalogue.save(entry);
        return new SavedGoodsEntry(entries.find(entry.code()), report);
    }

    /** The ledger behind sdk-core's store interface; used under the desk's lock only. */
    private final class LedgerStore implements GoodsCatalogueStore {
        @Override
        public Optional<GoodsCatalogueEntry> get(String code) {
            return code != null && entries.contains(code) ? Optional.of(entries.find(code)) : Optional.empty();
        }

        @Override
        public void put(GoodsCatalogueEntry entry) {
            entries.put(entry.code(), entry);
        }

        @Override
        public boolean remove(String code) {
            boolean held = code != null && entries.contains(code);
            entries.remove(code);
            return held;
        }

        @Override
        public List<GoodsCatalogueEntry> all() {
            return entries.values().stream().sorted(Comparator.comparing(GoodsCatalogueEntry::code)).toList();
        }
    }
}
