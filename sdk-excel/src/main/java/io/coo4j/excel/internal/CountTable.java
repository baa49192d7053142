package io.coo4j.excel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Certificate counts by one dimension (rows) and optionally a second (columns): the data of one statistics sheet.
 * Rows are ordered by their total, largest first, then by label; columns by label (periods sort as time). A table
 * without a second dimension has one fixed column, the count.
 */
public final class CountTable {
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final TreeSet<String> columns = new TreeSet<>();

    /** A table whose columns are those its certificates fall in, plus {@code fixedColumns} (shown even when empty). */
    public CountTable(List<String> fixedColumns) {
        columns.addAll(fixedColumns);
    }

    /** Counts one certificate under {@code row} and {@code column}. */
    public void add(String row, String column) {
        counts.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(column, 1L, Long::sum);
        columns.add(column);
    }

    public List<String> columns() {
        return List.copyOf(columns);
    }

    public List<String> rows() {
        List<String> rows = new ArrayList<>(counts.keySet());
        rows.sort(Comparator.comparingLong((String r) -> total(r)).reversed().thenComparing(Comparator.naturalOrder()));
        return rows;
    }

    public long count(String row, String column) {
        return counts.getOrDefault(row, Map.of()).getOrDefault(column, 0L);
    }

    public long total(String row) {
        return counts.getOrDefault(row, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return counts.keySet().stream().mapToLong(this::total).sum();
    }
}
