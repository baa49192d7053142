package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.internal.Texts;
import io.coo4j.core.model.GoodsItem;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the goods catalogue (货物维护, 001 §1.1): the one place that decides whether an entry matches, for
 * {@link GoodsCatalogue#find(GoodsCatalogueSearch, int)} in the ERP, the Single Window service's catalogue
 * ({@code client.goodsCatalogue()}) and its simulator alike. Every field is optional ({@code null}: no filter); an
 * entry matches when it passes every filter given.
 *
 * <p>{@code text} is the screen's fuzzy search (001 §1.1: "手动录入（支持模糊查询）"), the only search the manual names.
 * {@code hsCode}, {@code name} and {@code code} are coo4j's, for an ERP that knows which field it searches; how the
 * screen's fuzzy search matches, the manual does not say, so coo4j's reading is the one described on each field.
 *
 * <p>Checked when made: an HS code prefix that is not 1–10 digits (dots and spaces aside), or a value longer than
 * {@link #MAX_LENGTH} characters, is an {@link InvalidInputException} naming the field. Immutable; build with
 * {@link #builder()}.
 *
 * @param text   the fuzzy search (模糊查询): an HS code starting with its digits when it is digits only (dots and spaces
 *               ignored: {@code 8517.62} finds {@code 85176200}), or a code, Chinese or English name or description
 *               containing it, ignoring case; blank matches every entry
 * @param hsCode only entries whose HS code starts with these digits (dots and spaces ignored)
 * @param name   only entries whose Chinese or English name contains this, ignoring case
 * @param code   only entries whose code starts with this, ignoring case
 * @since 0.1
 */
public record GoodsCatalogueSearch(
        @Nullable String text,
        @Nullable String hsCode,
        @Nullable String name,
        @Nullable String code) {
    /** The longest value a filter may have, in characters: enough to search by, and it bounds a search's cost. */
    public static final int MAX_LENGTH = 200;

    private static final String WHAT = "goods catalogue search";

    /** Checks the values: see the type's description. */
    public GoodsCatalogueSearch {
        bounded("text", text);
        bounded("name", name);
        bounded("code", code);
        bounded("hsCode", hsCode);
        if (hsCode != null && !digits(hsCode).matches("[0-9]{1,10}")) {
            throw new InvalidInputException(WHAT, "hsCode", "the start of an HS code: 1 to 10 digits (dots and spaces"
                    + " aside), got '" + Texts.abbreviate(hsCode) + "'");
        }
    }

    /** Every entry. */
    public static GoodsCatalogueSearch all() {
        return builder().build();
    }

    /** The screen's fuzzy search (模糊查询) for {@code text}; see {@link #text()}. */
    public static GoodsCatalogueSearch fuzzy(@Nullable String text) {
        return builder().text(text).build();
    }

    /** A builder with no filter. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this search's filters, to change some of them. */
    public Builder toBuilder() {
        return builder().text(text).hsCode(hsCode).name(name).code(code);
    }

    /** Whether {@code entry} passes every filter given; an entry without goods matches only a search without filters. */
    public boolean matches(GoodsCatalogueEntry entry) {
        InvalidInputException.requireArgument(entry, "GoodsCatalogueSearch.matches", "entry");
        GoodsItem g = entry.goods();
        if (g == null) {
            return text == null && hsCode == null && name == null && code == null;
        }
        return fuzzy(entry, g) && (hsCode == null || startsWith(g.hsCode(), digits(hsCode)))
                && (name == null || contains(g.nameCn(), name) || contains(g.nameEn(), name))
                && (code == null || entry.code() != null && entry.code().regionMatches(true, 0, code, 0, code.length()));
    }

    private boolean fuzzy(GoodsCatalogueEntry entry, GoodsItem g) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return true;
        }
        String d = digits(q);
        boolean hsQuery = !d.isEmpty() && d.chars().allMatch(c -> c >= '0' && c <= '9');
        return hsQuery && startsWith(g.hsCode(), d) || contains(entry.code(), q) || contains(g.nameCn(), q)
                || contains(g.nameEn(), q) || contains(g.description(), q);
    }

    /** {@code s} without dots and whitespace. */
    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean startsWith(@Nullable String hs, String prefix) {
        return hs != null && hs.startsWith(prefix);
    }

    /** Whether {@code text} contains {@code query} ignoring case, compared in place: no field is copied per search. */
    private static boolean contains(@Nullable String text, String query) {
        if (text == null) {
            return false;
        }
        for (int i = 0, last = text.length() - query.length(); i <= last; i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return true;
            }
        }
        return false;
    }

    private static void bounded(String field, @Nullable String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw new InvalidInputException(WHAT, field, "at most " + MAX_LENGTH + " characters, got " + value.length());
        }
    }

    /** Builds a {@link GoodsCatalogueSearch}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String text;
        private @Nullable String hsCode;
        private @Nullable String name;
        private @Nullable String code;

        private Builder() {
        }

        /** The fuzzy search (模糊查询); see {@link GoodsCatalogueSearch#text()}. */
        public Builder text(@Nullable String value) {
            text = value;
            return this;
        }

        /** Only entries whose HS code starts with these digits. */
        public Builder hsCode(@Nullable String value) {
            hsCode = value;
            return this;
        }

        /** Only entries whose Chinese or English name contains this, ignoring case. */
        public Builder name(@Nullable String value) {
            name = value;
            return this;
        }

        /** Only entries whose code starts with this, ignoring case. */
        public Builder code(@Nullable String value) {
            code = value;
            return this;
        }

        /** The search, checked (see {@link GoodsCatalogueSearch}). */
        public GoodsCatalogueSearch build() {
            return new GoodsCatalogueSearch(text, hsCode, name, code);
        }
    }
}
