package io.coo4j.core.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An immutable code table with lookup by code and by customs code. Thread-safe. */
public final class CodeTable {
    private final String name;
    private final List<CodeEntry> entries;
    private final Map<String, CodeEntry> byCode = new LinkedHashMap<>();
    private final Map<String, CodeEntry> byCustomsCode = new LinkedHashMap<>();

    CodeTable(String name, List<CodeEntry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        for (CodeEntry e : this.entries) {
            byCode.put(e.code(), e);
            if (e.customsCode() != null) {
                byCustomsCode.putIfAbsent(e.customsCode(), e);
            }
        }
    }

    /** The table's name, e.g. {@code units}. */
    public String name() {
        return name;
    }

    /** Every row, in file order. */
    public List<CodeEntry> entries() {
        return entries;
    }

    /** Whether {@code code} is a code of this table. */
    public boolean contains(@Nullable String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The row of {@code code}. */
    public Optional<CodeEntry> find(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The first entry with this China Customs code. */
    public Optional<CodeEntry> findByCustomsCode(@Nullable String customsCode) {
        return Optional.ofNullable(customsCode == null ? null : byCustomsCode.get(customsCode));
    }
}
