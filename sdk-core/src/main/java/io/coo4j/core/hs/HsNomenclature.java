package io.coo4j.core.hs;

import io.coo4j.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Harmonized System nomenclature of one version (e.g. {@code HS2022}): chapters, headings and
 * subheadings with descriptions and parents. Loaded from a data pack ({@code io.coo4j.core.data.DataPack});
 * coo4j ships none of its own. Lookups take digits or the dotted forms ({@code 8517.62}).
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HsNomenclature {
    private final String version;
    private final Map<String, HsEntry> entries;
    private final Map<String, List<HsEntry>> children;

    /**
     * A nomenclature of one edition from its codes.
     *
     * @param version  e.g. {@code HS2022}
     * @param entries  every code; parents must be among them
     * @throws InvalidInputException when a parent is missing or a code is repeated
     */
    public HsNomenclature(String version, Collection<HsEntry> entries) {
        this.version = InvalidInputException.requireArgument(version, "HsNomenclature", "version");
        InvalidInputException.requireArgument(entries, "HsNomenclature", "entries");
        Map<String, HsEntry> byCode = new LinkedHashMap<>();
        for (HsEntry e : entries) {
            if (byCode.put(e.code(), e) != null) {
                throw new InvalidInputException("HS nomenclature " + version, e.code(), "the code is repeated");
            }
        }
        Map<String, List<HsEntry>> kids = new LinkedHashMap<>();
        for (HsEntry e : byCode.values()) {
            if (e.parent() != null) {
                if (!byCode.containsKey(e.parent())) {
                    throw new InvalidInputException("HS nomenclature " + version, e.code(), "its parent " + e.parent()
                            + " is not in the nomenclature");
                }
                kids.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.entries = Collections.unmodifiableMap(byCode);
        this.children = Collections.unmodifiableMap(kids);
    }

    /** The Harmonized System edition of the nomenclature, e.g. {@code HS2022}. */
    public String version() {
        return version;
    }

    /** How many codes the nomenclature holds. */
    public int size() {
        return entries.size();
    }

    /** Every entry of the nomenclature. */
    public Collection<HsEntry> entries() {
        return entries.values();
    }

    /** The entry of exactly this chapter, heading or subheading ({@code 85}, {@code 8517}, {@code 8517.62}). */
    public Optional<HsEntry> find(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : entries.get(normalize(code)));
    }

    /** Whether this chapter, heading or subheading exists in this version. */
    public boolean exists(@Nullable String code) {
        return find(code).isPresent();
    }

    /**
     * The longest existing prefix of {@code code} (subheading, heading or chapter), for messages such as
     * "8517.63 does not exist; 8517 does". Empty when not even the chapter exists.
     */
    public Optional<HsEntry> nearestExisting(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        String d = normalize(code);
        for (int len = Math.min(6, d.length() - d.length() % 2); len >= 2; len -= 2) {
            HsEntry e = entries.get(d.substring(0, len));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The parent of a heading or subheading; empty for a chapter or an unknown code. */
    public Optional<HsEntry> parent(@Nullable String code) {
        return find(code).map(HsEntry::parent).map(entries::get);
    }

    /** The direct children of a chapter or heading. */
    public List<HsEntry> children(@Nullable String code) {
        return code == null ? List.of() : children.getOrDefault(normalize(code), List.of());
    }

    private static String normalize(String code) {
        return code.replace(".", "").trim();
    }
}
