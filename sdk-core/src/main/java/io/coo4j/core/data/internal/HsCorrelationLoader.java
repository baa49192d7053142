package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.HsCorrelation;
import io.coo4j.core.data.HsCorrelation.Candidate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads {@code hs-correlation/index.csv} ({@code file,newer,older,pairs,source}) and every table it lists (header
 * {@code <newer>,<older>,relationship,older_partial}, editions in lower case). Every row is checked: six-digit codes,
 * one of UNSD's relationships, {@code true}/{@code false}, no pair twice, a {@code 1:1} row whose codes have no other
 * partner, and as many pairs as the index says. One bad row refuses the whole pack.
 */
public final class HsCorrelationLoader {
    /** The index file inside a pack. */
    public static final String INDEX = "hs-correlation/index.csv";
    private static final List<String> INDEX_HEADER = List.of("file", "newer", "older", "pairs", "source");
    private static final long MAX_INDEX_BYTES = 1024 * 1024;
    /** UNSD's largest table (HS2022 to HS2007) is 0.4 MB. */
    private static final long MAX_TABLE_BYTES = 16L * 1024 * 1024;

    private record Listed(String file, String newer, String older, int pairs, String source, int line) {
    }

    private HsCorrelationLoader() {
    }

    public static HsCorrelation load(Path pack) {
        Path index = pack.resolve(INDEX);
        List<Listed> listed = CsvReader.readFile(index, MAX_INDEX_BYTES, HsCorrelationLoader::readIndex);
        List<HsCorrelation.Table> tables = new ArrayList<>();
        for (Listed l : listed) {
            Path file = index.resolveSibling(l.file());
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(index.toString(), "line " + l.line() + ", column 1 (file)", "lists " + file
                        + ", which does not exist");
            }
            Map<String, List<Candidate>> pairs = CsvReader.readFile(file, MAX_TABLE_BYTES, csv -> readTable(csv, l, index));
            tables.add(new HsCorrelation.Table(l.file(), l.newer(), l.older(), l.source(), pairs));
        }
        return new HsCorrelation(tables);
    }

    private static List<Listed> readIndex(CsvReader csv) {
        csv.header(INDEX_HEADER);
        List<Listed> listed = new ArrayList<>();
        Map<String, Integer> pairLine = new HashMap<>();
        List<String> row;
        while ((row = csv.nextRecord(INDEX_HEADER.size())) != null) {
            if (!row.get(0).matches("[a-z0-9][a-z0-9.-]*\\.csv")) {
                throw csv.error(0, "file", "expected a file name of this folder (lower-case letters, digits, - and .) ending"
                        + " in .csv, found \"" + row.get(0) + "\"");
            }
            for (int i = 1; i <= 2; i++) {
                String problem = HsEditions.problem(row.get(i));
                if (problem != null) {
                    throw csv.error(i, INDEX_HEADER.get(i), problem);
                }
            }
            String newer = row.get(1);
            String older = row.get(2);
            if (HsEditions.ALL.indexOf(newer) <= HsEditions.ALL.indexOf(older)) {
                throw csv.error(2, "older", older + " is not older than " + newer);
            }
            String pair = HsEditions.ALL.indexOf(newer) + "/" + HsEditions.ALL.indexOf(older);
            Integer earlier = pairLine.putIfAbsent(pair, csv.recordLine());
            if (earlier != null) {
                throw csv.error(1, "newer", newer + " to " + older + " is listed twice (first on line " + earlier + ")");
            }
            if (!row.get(3).matches("[1-9]\\d{0,6}")) {
                throw csv.error(3, "pairs", "expected the number of pairs in the file, found \"" + row.get(3) + "\"");
            }
            if (row.get(4).isBlank()) {
                throw csv.error(4, "source", "required: which UNSD table the file was converted from");
            }
            listed.add(new Listed(row.get(0), newer, older, Integer.parseInt(row.get(3)), row.get(4), csv.recordLine()));
        }
        return listed;
    }

    /** Six ASCII digits; by hand, for a regular expression per field would cost more than the rest of the load. */
    private static boolean isSubheading(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Candidate>> readTable(CsvReader csv, Listed listed, Path index) {
        List<String> header = List.of(listed.newer().toLowerCase(Locale.ROOT), listed.older().toLowerCase(Locale.ROOT),
                "relationship", "older_partial");
        csv.header(header);
        Map<String, List<Candidate>> pairs = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, Integer> olderPartners = new HashMap<>();
        Map<String, Integer> oneToOne = new LinkedHashMap<>(); // pair -> line, checked once every pair is known
        int count = 0;
        List<String> row;
        while ((row = csv.nextRecord(header.size())) != null) {
            for (int i = 0; i <= 1; i++) {
                if (!isSubheading(row.get(i))) {
                    throw csv.error(i, header.get(i), "expected a subheading of six digits, found \"" + row.get(i) + "\"");
                }
            }
            String relationship = row.get(2);
            if (!HsCorrelation.RELATIONSHIPS.contains(relationship)) {
                throw csv.error(2, "relationship", "expected one of " + String.join(", ", HsCorrelation.RELATIONSHIPS)
                        + ", found \"" + relationship + "\"");
            }
            if (!row.get(3).equals("true") && !row.get(3).equals("false")) {
                throw csv.error(3, "older_partial", "expected true or false, found \"" + row.get(3) + "\"");
            }
            String newer = row.get(0);
            String older = row.get(1).intern(); // an older code recurs in many pairs
            Integer earlier = lineOf.putIfAbsent(newer + older, csv.recordLine());
            if (earlier != null) {
                throw csv.error(1, header.get(1), "duplicate pair " + newer + "," + older + " (first on line " + earlier + ")");
            }
            pairs.computeIfAbsent(newer, k -> new ArrayList<>(1)).add(new Candidate(older, relationship, row.get(3).equals("true")));
            olderPartners.merge(older, 1, Integer::sum);
            if (relationship.equals("1:1")) {
                oneToOne.put(newer + older, csv.recordLine());
            }
            count++;
        }
        String source = index.resolveSibling(listed.file()).toString();
        if (count == 0) {
            throw new InvalidInputException(source, "", "no pairs: the file has a header only");
        }
        for (Map.Entry<String, Integer> e : oneToOne.entrySet()) {
            String newer = e.getKey().substring(0, 6);
            String older = e.getKey().substring(6);
            if (pairs.get(newer).size() > 1 || olderPartners.get(older) > 1) {
                throw new InvalidInputException(source, "line " + e.getValue() + ", column 3 (relationship)", "1:1, but "
                        + (pairs.get(newer).size() > 1 ? newer + " has " + pairs.get(newer).size() + " partners"
                        : older + " has " + olderPartners.get(older) + " partners"));
            }
        }
        if (count != listed.pairs()) {
            throw new InvalidInputException(index.toString(), "line " + listed.line() + ", column 4 (pairs)", "says "
                    + listed.pairs() + " pairs, but " + listed.file() + " has " + count + ": a truncated or extended file");
        }
        pairs.replaceAll((k, v) -> List.copyOf(v));
        return pairs;
    }
}
