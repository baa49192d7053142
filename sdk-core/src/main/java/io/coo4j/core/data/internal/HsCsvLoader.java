package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsEntry;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.core.hs.HsNomenclature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code harmonized-system.csv} (columns {@code section,hscode,description,parent,level}): chapters
 * have parent {@code TOTAL}, headings and subheadings their 2- or 4-digit parent; the one level-5
 * {@code TOTAL} row is the root and is not a code, and UNSD's {@code 999999} "commodities not specified
 * according to kind" (section {@code TOTAL}, parent {@code 9999}, which no heading has) is a statistical
 * bucket, not a subheading an exporter may declare: it is left out, so that {@code 999999} is refused like any
 * code outside the nomenclature. Every other row must be well-formed.
 */
public final class HsCsvLoader {
    private static final List<String> HEADER = List.of("section", "hscode", "description", "parent", "level");
    private static final String ROOT = "TOTAL";
    private static final String NOT_SPECIFIED = "999999";
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private HsCsvLoader() {
    }

    public static HsNomenclature load(Path file, String version) {
        return CsvReader.readFile(file, MAX_BYTES, csv -> read(csv, version, file.toString()));
    }

    private static HsNomenclature read(CsvReader csv, String version, String source) {
        csv.header(HEADER);
        List<HsEntry> entries = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> row;
        while ((row = csv.nextRecord(HEADER.size())) != null) {
            String section = row.get(0);
            String code = row.get(1);
            String description = row.get(2);
            String parent = row.get(3);
            String level = row.get(4);
            if (ROOT.equals(code)) {
                if (!"5".equals(level)) {
                    throw csv.error(4, "level", "the TOTAL row has level 5");
                }
                continue;
            }
            if (NOT_SPECIFIED.equals(code) && ROOT.equals(section)) {
                continue;
            }
            if (section.isEmpty()) {
                throw csv.error(0, "section", "required");
            }
            if (!Set.of("2", "4", "6").contains(level)) {
                throw csv.error(4, "level", "expected 2, 4 or 6, found \"" + level + "\"");
            }
            int digits = Integer.parseInt(level);
            if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw csv.error(1, "hscode", "expected " + digits + " digits for level " + level + ", found \"" + code + "\"");
            }
            if (description.isBlank()) {
                throw csv.error(2, "description", "required");
            }
            String parentCode;
            if (digits == 2) {
                if (!ROOT.equals(parent)) {
                    throw csv.error(3, "parent", "a chapter's parent is TOTAL, found \"" + parent + "\"");
                }
                parentCode = null;
            } else {
                if (parent.length() != digits - 2 || !code.startsWith(parent)) {
                    throw csv.error(3, "parent", "expected the " + (digits - 2) + "-digit prefix of " + code
                            + ", found \"" + parent + "\"");
                }
                parentCode = parent;
            }
            Integer earlier = lineOf.putIfAbsent(code, csv.recordLine());
            if (earlier != null) {
                throw csv.error(1, "hscode", "duplicate code " + code + " (first on line " + earlier + ")");
            }
            entries.add(new HsEntry(code, HsLevel.ofDigits(digits), description, parentCode, section));
        }
        for (HsEntry e : entries) {
            if (e.parent() != null && !lineOf.containsKey(e.parent())) {
                throw new InvalidInputException(source, "line " + lineOf.get(e.code()) + ", column 4 (parent)",
                        "parent " + e.parent() + " of " + e.code() + " is not in the file");
            }
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(source, "", "no codes: the file has a header only");
        }
        return new HsNomenclature(version, entries);
    }
}
