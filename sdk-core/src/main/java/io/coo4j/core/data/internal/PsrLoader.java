package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.PsrRow;
import io.coo4j.core.data.PsrTable;
import io.coo4j.core.hs.HsLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code psr/index.csv} and every {@code psr/<folder>/psr.csv} it lists. The index declares each annex's
 * agreement and HS version; a row repeats that version or says the source did not state one ("not stated…", then
 * the index's version stands). Every row is checked; one bad row refuses the whole pack.
 */
public final class PsrLoader {
    /** The index file inside a pack. */
    public static final String INDEX = "psr/index.csv";
    private static final List<String> INDEX_HEADER = List.of("folder", "agreement_code", "agreement", "hs_version",
            "hs_version_basis", "completeness");
    private static final List<String> HEADER = List.of("agreement", "hs_version", "hs_code", "level", "rule_text",
            "source_ref", "description_zh", "flag");
    private static final String NOT_STATED = "not stated";
    private static final long MAX_INDEX_BYTES = 1024 * 1024;
    private static final long MAX_TABLE_BYTES = 32L * 1024 * 1024;

    private PsrLoader() {
    }

    /** The annexes of the pack by agreement code, in index order. */
    public static Map<String, PsrTable> load(Path pack) {
        Path index = pack.resolve(INDEX);
        List<PsrTable> headers = CsvReader.readFile(index, MAX_INDEX_BYTES, PsrLoader::readIndex);
        Map<String, PsrTable> tables = new LinkedHashMap<>();
        for (PsrTable t : headers) {
            Path file = pack.resolve("psr").resolve(t.folder()).resolve("psr.csv");
            if (!CsvReader.present(file)) {
                throw new InvalidInputException(index.toString(), "folder " + t.folder(), "lists " + file + ", which does not exist");
            }
            List<PsrRow> rows = CsvReader.readFile(file, MAX_TABLE_BYTES, csv -> readTable(csv, t, file.toString()));
            tables.put(t.agreement(), new PsrTable(t.agreement(), t.name(), t.folder(), t.hsVersions(), t.hsVersionBasis(),
                    t.completeness(), rows));
        }
        return tables;
    }

    private static List<PsrTable> readIndex(CsvReader csv) {
        csv.header(INDEX_HEADER);
        List<PsrTable> tables = new ArrayList<>();
        Map<String, Integer> agreementLine = new HashMap<>();
        List<String> row;
        while ((row = csv.nextRecord(INDEX_HEADER.size())) != null) {
            String folder = row.get(0);
            if (!folder.matches("[a-z0-9][a-z0-9-]*")) {
                throw csv.error(0, "folder", "expected a folder name of lower-case letters, digits and hyphens, found \""
                        + folder + "\"");
            }
            String agreement = row.get(1);
            if (!agreement.matches("\\d{2}")) {
                throw csv.error(1, "agreement_code", "expected a 2-digit agreement code (01 … 22), found \"" + agreement + "\"");
            }
            Integer earlier = agreementLine.putIfAbsent(agreement, csv.recordLine());
            if (earlier != null) {
                throw csv.error(1, "agreement_code", "agreement " + agreement + " is listed twice (first on line " + earlier + ")");
            }
            List<String> versions = Arrays.asList(row.get(3).split("\\+", -1));
            for (String v : versions) {
                String problem = HsEditions.problem(v);
                if (problem != null) {
                    throw csv.error(3, "hs_version", problem + ", or two joined by +");
                }
            }
            tables.add(new PsrTable(agreement, row.get(2), folder, versions, row.get(4), row.get(5), List.of()));
        }
        return tables;
    }

    private static List<PsrRow> readTable(CsvReader csv, PsrTable table, String source) {
        csv.header(HEADER);
        List<PsrRow> rows = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, String> texts = new HashMap<>(); // an annex repeats few rule texts: hold each once
        String label = null;
        List<String> row;
        while ((row = csv.nextRecord(HEADER.size())) != null) {
            if (label == null) {
                label = row.get(0);
            } else if (!label.equals(row.get(0))) {
                throw csv.error(0, "agreement", "expected \"" + label + "\" as on the first row, found \"" + row.get(0) + "\"");
            }
            String version = row.get(1);
            if (version.startsWith(NOT_STATED)) {
                if (table.hsVersions().size() != 1) {
                    throw csv.error(1, "hs_version", "the index lists " + table.hsVersion() + " for this annex, so each row"
                            + " must name its version");
                }
                version = table.hsVersions().get(0);
            } else if (!table.hsVersions().contains(version)) {
                throw csv.error(1, "hs_version", "\"" + version + "\" is not the version the index declares for this annex ("
                        + table.hsVersion() + ")");
            }
            HsLevel level = switch (row.get(3)) {
                case "chapter" -> HsLevel.CHAPTER;
                case "heading" -> HsLevel.HEADING;
                case "subheading" -> HsLevel.SUBHEADING;
                default -> throw csv.error(3, "level", "expected chapter, heading or subheading, found \"" + row.get(3) + "\"");
            };
            String code = row.get(2);
            if (code.length() != level.digits() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw csv.error(2, "hs_code", "expected " + level.digits() + " digits for a " + row.get(3) + ", found \"" + code + "\"");
            }
            String text = texts.computeIfAbsent(row.get(4).strip(), t -> t);
            if (text.isEmpty()) {
                throw csv.error(4, "rule_text", "required: a row without a rule would read as no rule at all");
            }
            PsrRow r = new PsrRow(code, level, version, text, row.get(6), row.get(7), row.get(5), csv.recordLine());
            if (!r.flagged()) { // flagged rows are doubtful copies; loaders skip them, so they may repeat a code
                Integer earlier = lineOf.putIfAbsent(version + "/" + code, csv.recordLine());
                if (earlier != null) {
                    throw csv.error(2, "hs_code", "duplicate code " + code + " (" + version + ", first on line " + earlier + ")");
                }
            }
            rows.add(r);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, "", "no rules: the file has a header only");
        }
        return rows;
    }
}
