package io.coo4j.core.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public List<CodeEntry> entries() {
        return entries;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<CodeEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The first entry with this China Customs code. */
    public Optional<CodeEntry> findByCustomsCode(String customsCode) {
        return Optional.ofNullable(byCustomsCode.get(customsCode));
    }
}
