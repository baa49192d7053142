package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.entry.GoodsCatalogueSearch;
import io.coo4j.core.entry.GoodsCatalogueStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The goods catalogue the Single Window keeps for the enterprise (货物维护, 001 §1.1: "HS 编码右侧的“货物维护”，带黄色底图为
 * 必填项，可根据当地海关的要求手动录入（支持模糊查询）后点击保存"): add, save (add or replace), delete and get entries by
 * their code, and search them page by page. The service checks an entry as sdk-core's {@link GoodsCatalogue#save} does — the goods line's
 * field rules as on the goods screen, and the catalogue's required fields — so what it refuses is an
 * {@link InvalidRequestException} naming the path ({@code goods.hsCode}, {@code code}); what it keeps comes back with
 * the check's report ({@link SavedGoodsEntry}: the warnings, the checks not made). Adding a code it holds is a
 * {@link ConflictException}, as is a new entry once the catalogue is full; deleting a code it lacks a
 * {@link NotFoundException}. {@link #store()} lets a {@link GoodsCatalogue}, and through it the goods Excel import, work
 * on the service's catalogue. Obtained from {@link CooClient#goodsCatalogue()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class GoodsMaintenance {
    private static final String ROOT = "goods-catalogue";
    private static final String WHAT = "goods catalogue entry";

    private final Api api;

    GoodsMaintenance(Api api) {
        this.api = api;
    }

    /**
     * 新增 … 保存: keeps a new entry, and answers it with the check's report; a {@link ConflictException} when the
     * service holds its code already.
     */
    public SavedGoodsEntry add(GoodsCatalogueEntry entry) {
        return api.post("goodsCatalogue.add", SavedGoodsEntry.class, Api.required(WHAT, "entry", entry), ROOT);
    }

    /**
     * 修改 … 保存: keeps {@code entry} under its code, replacing the entry held there or adding it when there is none,
     * and answers it with the check's report. One call that does the same however often it is made, so a retry or
     * another client saving the same code at once is no error: the last save wins.
     */
    public SavedGoodsEntry save(GoodsCatalogueEntry entry) {
        Api.required(WHAT, "entry", entry);
        return api.put("goodsCatalogue.save", SavedGoodsEntry.class, entry, ROOT, code(entry.code()));
    }

    /** 删除: forgets the entry; a {@link NotFoundException} when there is none. */
    public void delete(String code) {
        api.delete("goodsCatalogue.delete", null, ROOT, code(code));
    }

    /** The entry with {@code code}; a {@link NotFoundException} when there is none. */
    public GoodsCatalogueEntry get(String code) {
        return api.get("goodsCatalogue.get", GoodsCatalogueEntry.class, ROOT, code(code));
    }

    /** The entries {@code search} matches, in the order added, fetched page by page while the iteration goes on. */
    public Iterable<GoodsCatalogueEntry> search(GoodsCatalogueSearch search) {
        return search(search, 0);
    }

    /**
     * {@link #search(GoodsCatalogueSearch)} fetching {@code pageSize} entries per call (1–200; {@code 0} for the
     * service's default).
     *
     * @throws InvalidInputException naming {@code search} when it is null, or {@code pageSize} when it is out of bounds
     */
    public Iterable<GoodsCatalogueEntry> search(GoodsCatalogueSearch search, int pageSize) {
        Api.required(WHAT + " search", "search", search);
        QueryParameters p = new QueryParameters("goods catalogue search");
        int size = p.pageSize(pageSize);
        Map<String, String> filters = p.put("text", search.text()).put("hsCode", search.hsCode())
                .put("name", search.name()).put("code", search.code()).values();
        return () -> api.pages("goodsCatalogue.search", GoodsCatalogueEntry.class, filters, size, ROOT);
    }

    /**
     * The service's catalogue as a {@link GoodsCatalogueStore}, for {@code GoodsCatalogue.create(client.goodsCatalogue()
     * .store())} and through it {@code GoodsImporter.withCatalogue}: {@code get} is one call, {@code put} is
     * {@link #save} (adding or replacing, the report left out: {@link GoodsCatalogue#save} made the same check before),
     * {@code remove} deletes it, {@code all} fetches every page (ordered by code, as the interface says). Closing it
     * leaves the client open. Thread-safe.
     */
    public GoodsCatalogueStore store() {
        return new Store();
    }

    /** The code as a path segment: required, and not {@code .} or {@code ..}, which a URL cannot carry as a name. */
    private static String code(@Nullable String code) {
        String c = Api.required(WHAT, "code", code);
        if (!nameable(c)) {
            throw new InvalidInputException(WHAT, "code", "'" + c + "' cannot name an entry in a URL");
        }
        return c;
    }

    /** Whether {@code code} can name an entry: what no entry can have, the store does not ask the service about. */
    private static boolean nameable(@Nullable String code) {
        return code != null && !code.isBlank() && !code.equals(".") && !code.equals("..");
    }

    /** The service behind the store interface. */
    private final class Store implements GoodsCatalogueStore {
        @Override
        public Optional<GoodsCatalogueEntry> get(@Nullable String code) {
            if (!nameable(code)) {
                return Optional.empty();
            }
            try {
                return Optional.of(GoodsMaintenance.this.get(code));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }

        @Override
        public void put(GoodsCatalogueEntry entry) {
            save(entry);
        }

        @Override
        public boolean remove(@Nullable String code) {
            if (!nameable(code)) {
                return false;
            }
            try {
                delete(code);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }

        @Override
        public List<GoodsCatalogueEntry> all() {
            List<GoodsCatalogueEntry> out = new ArrayList<>();
            search(GoodsCatalogueSearch.all(), QueryParameters.MAX_PAGE_SIZE).forEach(out::add);
            out.sort(Comparator.comparing(GoodsCatalogueEntry::code, Comparator.nullsFirst(Comparator.naturalOrder())));
            return List.copyOf(out);
        }
    }
}
