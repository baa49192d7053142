package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.internal.Texts;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.validation.Checks;
import io.coo4j.core.validation.FieldRule;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The goods catalogue (货物维护, 001 §1.1: "HS 编码右侧的“货物维护”，带黄色底图为必填项，可根据当地海关的要求手动录入（支持模糊查询）
 * 后点击保存以便有相同货物时直接双击列表里的货物信息可将数据返填至货物信息页面"): goods kept once, found by a fuzzy search, and
 * picked into a certificate's goods lines ({@link GoodsCatalogueEntry#line}, {@link GoodsCatalogueEntry#appendTo}).
 *
 * <p>Saving checks the entry as the goods screen checks a line ({@link FieldValidator#validate(GoodsItem)}): an HS code
 * missing from a goods line (the screen is opened from it: HS编码 [货物维护]) or not of 6, 8 or 10 digits is an ERROR
 * and the entry is refused; so is any other field error, a name or description longer than the customs message carries
 * among them (coo.xsd: GoodsName 200, GoodsNameE 400, GoodsDesc 1000 characters; {@code MESSAGE_LENGTH}). The other fields the catalogue screen shows yellow are not
 * named by 001's text, so coo4j requires what names a good — the Chinese name (003 货物信息: "黄底色录入框为必填项" …
 * 货物中文名称) and the English name the form prints — as WARNINGS (INFERRED): an entry missing them is kept, and
 * reported.
 *
 * <p>Thread-safe when its store is.
 *
 * @since 0.1
 */
public final class GoodsCatalogue {
    /** The most entries one search returns. */
    public static final int MAX_RESULTS = 1_000;
    /** The longest code an entry may have. */
    public static final int MAX_CODE_LENGTH = 64;

    /** Where the catalogue's required fields come from: the manuals show them yellow without naming them. */
    static final String REQUIRED_SOURCE = "001 §1.1 货物维护 (带黄色底图为必填项: the text names no field; coo4j requires "
            + "the names of the good); 003 货物信息 (黄底色录入框为必填项: 货物中文名称)";

    private final GoodsCatalogueStore store;
    private final FieldValidator fields;

    private GoodsCatalogue(GoodsCatalogueStore store, FieldValidator fields) {
        this.store = InvalidInputException.requireArgument(store, "GoodsCatalogue.create", "store");
        this.fields = InvalidInputException.requireArgument(fields, "GoodsCatalogue.create", "fields");
    }

    /** A catalogue in {@code store}, checked by {@code fields} (one with a data pack also checks that HS codes exist). */
    public static GoodsCatalogue create(GoodsCatalogueStore store, FieldValidator fields) {
        return new GoodsCatalogue(store, fields);
    }

    /** A catalogue in {@code store}, checked by {@link FieldValidator#defaults()}. */
    public static GoodsCatalogue create(GoodsCatalogueStore store) {
        return new GoodsCatalogue(store, FieldValidator.defaults());
    }

    /**
     * What saving {@code entry} would report: its goods line's field checks and the catalogue's required fields, at
     * the entry's paths ({@code goods.hsCode}, …).
     */
    public ValidationReport check(GoodsCatalogueEntry entry) {
        InvalidInputException.requireArgument(entry, "GoodsCatalogue.check", "entry");
        ValidationReport.Builder out = ValidationReport.builder();
        GoodsItem g = InvalidInputException.requireArgument(entry.goods(), "goods catalogue entry", "goods");
        ValidationReport formats = fields.validate(g);
        formats.violations().forEach(out::add);
        formats.notChecked().forEach(n -> out.notChecked(n.check(), n.reason()));
        required(out, "goods.nameCn", g.nameCn());
        required(out, "goods.nameEn", g.nameEn());
        return out.build();
    }

    /**
     * Keeps {@code entry} (保存), replacing the entry with its code, and returns its check's report (warnings only).
     *
     * @throws InvalidInputException when the code is blank, {@code .} or {@code ..}, longer than
     *                               {@link #MAX_CODE_LENGTH} or holds a control character (tabs and line breaks
     *                               too: a code is a name, not text), or the goods line is
     *                               missing, or naming the first path and rule when the check finds an ERROR; nothing
     *                               is kept then
     */
    public ValidationReport save(GoodsCatalogueEntry entry) {
        String code = InvalidInputException.requireArgument(entry, "GoodsCatalogue.save", "entry").code();
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH || code.equals(".") || code.equals("..")
                || code.chars().anyMatch(Character::isISOControl) || Checks.firstControlCharacter(code) >= 0) {
            throw new InvalidInputException("goods catalogue entry", "code", "a code of 1–" + MAX_CODE_LENGTH
                    + " characters without control characters, not '.' or '..' (the service names the entry by it in a"
                    + " URL), names the entry, not " + Texts.abbreviate(code));
        }
        if (entry.goods() == null) {
            throw new InvalidInputException("goods catalogue entry " + code, "goods", "the goods line is missing");
        }
        ValidationReport report = check(entry);
        if (!report.valid()) {
            Violation v = report.violations().stream().filter(Violation::isError).findFirst().orElseThrow();
            throw new InvalidInputException("goods catalogue entry " + Texts.abbreviate(entry.code()), v.path(),
                    v.code() + ": " + v.message());
        }
        store.put(GoodsCatalogueEntry.of(entry.code(), entry.goods()));
        return report;
    }

    /** The entry with this code, if kept. */
    public Optional<GoodsCatalogueEntry> get(@Nullable String code) {
        return store.get(code);
    }

    /** Deletes (删除) the entry with this code; whether there was one. */
    public boolean remove(@Nullable String code) {
        return store.remove(code);
    }

    /**
     * The entries that match {@code query} (模糊查询), ordered by code, at most {@code limit}: an entry matches when its
     * HS code starts with the query's digits (dots and spaces ignored: {@code 8517.62} finds {@code 85176200}), or
     * when its code, Chinese or English name or description contains the query, ignoring case. A blank or null query
     * matches every entry. The same as {@link #find(GoodsCatalogueSearch, int)} with
     * {@link GoodsCatalogueSearch#fuzzy(String)}.
     *
     * @throws InvalidInputException when {@code limit} is not within 1–{@link #MAX_RESULTS}, or the query is longer
     *                               than {@link GoodsCatalogueSearch#MAX_LENGTH}
     */
    public List<GoodsCatalogueEntry> search(@Nullable String query, int limit) {
        return find(GoodsCatalogueSearch.fuzzy(query), limit);
    }

    /**
     * The entries that {@code search} matches ({@link GoodsCatalogueSearch#matches}), ordered by code, at most
     * {@code limit}.
     *
     * @throws InvalidInputException when {@code search} is null or {@code limit} is not within 1–{@link #MAX_RESULTS}
     */
    public List<GoodsCatalogueEntry> find(GoodsCatalogueSearch search, int limit) {
        InvalidInputException.requireArgument(search, "GoodsCatalogue.find", "search");
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new InvalidInputException("GoodsCatalogue.find", "limit", "must be within 1–" + MAX_RESULTS + ", not "
                    + limit);
        }
        List<GoodsCatalogueEntry> out = new ArrayList<>();
        for (GoodsCatalogueEntry e : store.all()) {
            if (search.matches(e)) {
                out.add(e);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static void required(ValidationReport.Builder out, String path, @Nullable String value) {
        if (value == null || value.isBlank()) {
            out.add(FieldRule.REQUIRED, SourceGrade.INFERRED, REQUIRED_SOURCE, path);
        }
    }
}
