package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsEntry;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.core.hs.HsNomenclature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.io.BufferedInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code harmonized-system.csv} (columns {@code section,hscode,description,parent,level}): chapters
 * have parent {@code TOTAL}, headings and subheadings their 2- or 4-digit parent; the one level-5
 * {@code TOTAL} row is the root and is not a code. Every other row must be well-formed.
 */
public final class HsCsvLoader {
    private static final List<String> HEADER = List.of("section", "hscode", "description", "parent", "level");
    private static final String ROOT = "TOTAL";
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private HsCsvLoader() {
    }

    public static HsNomenclature load(Path file, String version) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(source, "", "file is " + size + " bytes; a nomenclature is far smaller (limit "
                        + MAX_BYTES + ")");
            }
            try (Reader r = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
                 CsvReader csv = new CsvReader(r, source)) {
                return read(csv, version, source);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, "", "not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static HsNomenclature read(CsvReader csv, String version, String source) {
        List<String> header = csv.next();
        if (header == null) {
            throw new InvalidInputException(source, "line 1", "empty file: expected the header " + String.join(",", HEADER));
        }
        if (!header.equals(HEADER)) {
            throw new InvalidInputException(source, "line 1", "expected the header " + String.join(",", HEADER)
                    + ", found " + String.join(",", header));
        }
        List<HsEntry> entries = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> row;
        while ((row = csv.next()) != null) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // a blank line, e.g. the file's last
            }
            if (row.size() != HEADER.size()) {
                throw csv.error(Math.min(row.size(), HEADER.size()) - 1, "record",
                        "expected " + HEADER.size() + " fields, found " + row.size());
            }
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
