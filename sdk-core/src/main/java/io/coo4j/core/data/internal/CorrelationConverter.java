package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.WorkbookReader;
import io.coo4j.core.data.WorkbookReader.OpenWorkbook;
import io.coo4j.core.data.WorkbookReader.SheetRow;
import io.coo4j.core.data.internal.ConvertedTable.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a UNSD correlation workbook ({@code HS2022toHS2017ConversionAndCorrelationTables.xlsx}, the older
 * {@code HS 2012 to HS 2007 Correlation and conversion tables.xls}) into the pack's {@code hs-correlation/} CSV. It reads
 * the one sheet whose name holds "Correlation": title rows, then a header naming the newer edition, an optional blank
 * column (UNSD's "ex" mark), the older edition and {@code Relationship} ({@code HS 2017 | | HS 2012 | Relationship});
 * then one pair per row. Codes stored as numbers get their leading zero back ({@code 10121} is 010121); UNSD's
 * {@code 999999} ("commodities not specified") is no code and is left out. Anything else after the header — a code not
 * of six digits, a relationship other than 1:1, 1:n, n:1, n:n, an ex column holding anything but "ex" — is an error
 * naming the sheet, row and column.
 */
public final class CorrelationConverter {
    private static final Pattern EDITION = Pattern.compile("HS ?(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIONSHIP = Pattern.compile("[1n]:[1n]");
    private static final String NOT_SPECIFIED = "999999";
    /** UNSD's largest table (HS2022 to HS2007) has 16,635 pairs. */
    private static final int MAX_PAIRS = 500_000;
    /** Title rows before the header: UNSD has one ("Between"). */
    private static final int MAX_TITLE_ROWS = 20;

    /** A converted workbook: the two editions ({@code HS2022}, {@code HS2017}) and the table. */
    public record Result(String newer, String older, ConvertedTable table) {
        /** The table's file name in the pack, {@code hs2022-hs2017.csv}. */
        public String fileName() {
            return newer.toLowerCase(Locale.ROOT) + "-" + older.toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    private final String source;
    private final String sheet;
    private final CsvText csv = new CsvText("\n");
    private final Map<Integer, Origin> origins = new HashMap<>();
    private int titleRows;
    private int newColumn = -1;
    private int oldColumn;
    private int exColumn;
    private int relationshipColumn;
    private String newer;
    private String older;
    private int notSpecified;

    private CorrelationConverter(String source, String sheet) {
        this.source = source;
        this.sheet = sheet;
    }

    /** @throws InvalidInputException naming the file, and the sheet, row and column when a row is not a pair */
    public static Result convert(Path file, WorkbookReader reader) {
        String source = file.toString();
        try (OpenWorkbook workbook = reader.open(file)) {
            List<String> sheets = workbook.sheetNames().stream()
                    .filter(n -> n.toLowerCase(Locale.ROOT).contains("correlation")).toList();
            if (sheets.size() != 1) {
                throw new InvalidInputException(source, "", "expected one sheet named …Correlation… (UNSD's pair list), found "
                        + (sheets.isEmpty() ? "none among " + workbook.sheetNames() : sheets));
            }
            CorrelationConverter c = new CorrelationConverter(source, sheets.get(0));
            workbook.forEachRow(c.sheet, c::row);
            if (c.newer == null) {
                throw new InvalidInputException(source, "sheet \"" + c.sheet + "\"", "no header naming two HS editions and"
                        + " Relationship (HS 2022 | HS 2017 | Relationship): not a UNSD correlation sheet");
            }
            if (c.csv.records() == 1) {
                throw new InvalidInputException(source, "sheet \"" + c.sheet + "\"", "no pairs after the header");
            }
            List<String> notes = new ArrayList<>();
            if (c.notSpecified > 0) {
                notes.add(ConvertedTable.rows(c.notSpecified, "of UNSD's 999999 (commodities not specified, no HS code) left out"));
            }
            return new Result(c.newer, c.older, new ConvertedTable(c.csv.bytes(), c.csv.records() - 1, c.origins, notes));
        }
    }

    private void row(SheetRow row) {
        if (row.cells().stream().allMatch(c -> AnnexConverter.strip(c).isEmpty())) {
            return;
        }
        if (newer == null) {
            header(row);
            return;
        }
        String nw = code(row, newColumn);
        String old = code(row, oldColumn);
        String relationship = AnnexConverter.strip(row.cell(relationshipColumn));
        if (!RELATIONSHIP.matcher(relationship).matches()) {
            throw error(row, relationshipColumn, "expected a relationship 1:1, 1:n, n:1 or n:n, found \"" + relationship + "\"");
        }
        String ex = exColumn < 0 ? "" : AnnexConverter.strip(row.cell(exColumn));
        if (!ex.isEmpty() && !ex.equalsIgnoreCase("ex")) {
            throw error(row, exColumn, "expected \"ex\" (the older code carried over in part) or nothing, found \"" + ex + "\"");
        }
        if (nw.equals(NOT_SPECIFIED) || old.equals(NOT_SPECIFIED)) {
            notSpecified++;
            return;
        }
        if (csv.records() > MAX_PAIRS) {
            throw error(row, newColumn, "more than " + MAX_PAIRS + " pairs: not a correlation table");
        }
        int line = csv.record(List.of(nw, old, relationship, String.valueOf(!ex.isEmpty())));
        origins.put(line, new Origin(source, "sheet \"" + sheet + "\", row " + row.number()));
    }

    /** Finds the header among the title rows: two editions, then Relationship. */
    private void header(SheetRow row) {
        int relationship = -1;
        List<Integer> editions = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String c = AnnexConverter.strip(row.cell(i));
            if (c.equalsIgnoreCase("relationship") && relationship < 0) {
                relationship = i;
            } else if (relationship < 0 && EDITION.matcher(c).matches()) {
                editions.add(i);
            }
        }
        if (relationship < 0) {
            if (++titleRows > MAX_TITLE_ROWS) {
                throw error(row, 0, "no header naming two HS editions and Relationship in the first " + MAX_TITLE_ROWS + " rows");
            }
            return;
        }
        if (editions.size() != 2) {
            throw error(row, relationship, "a header names two HS editions before Relationship (HS 2022 | HS 2017 |"
                    + " Relationship); this one names " + editions.size());
        }
        newColumn = editions.get(0);
        oldColumn = editions.get(1);
        exColumn = oldColumn - newColumn == 2 ? newColumn + 1 : -1;
        relationshipColumn = relationship;
        newer = edition(row, newColumn);
        older = edition(row, oldColumn);
        if (HsEditions.ALL.indexOf(newer) <= HsEditions.ALL.indexOf(older)) {
            throw error(row, oldColumn, older + " is not older than " + newer + ": UNSD's tables name the newer edition first");
        }
        csv.record(List.of(newer.toLowerCase(Locale.ROOT), older.toLowerCase(Locale.ROOT), "relationship", "older_partial"));
    }

    private String edition(SheetRow row, int column) {
        Matcher m = EDITION.matcher(AnnexConverter.strip(row.cell(column)));
        m.matches();
        String edition = "HS" + m.group(1);
        String problem = HsEditions.problem(edition);
        if (problem != null) {
            throw error(row, column, problem);
        }
        return edition;
    }

    private String code(SheetRow row, int column) {
        String code = AnnexConverter.strip(row.cell(column)).replace(".", "");
        if (code.length() == 5 && digits(code)) {
            code = "0" + code; // a code stored as a number lost its leading zero
        }
        if (code.length() != 6 || !digits(code)) {
            throw error(row, column, "expected a subheading of six digits (010121), found \"" + row.cell(column) + "\"");
        }
        return code;
    }

    /** ASCII digits only; by hand, for a regular expression per cell would cost more than the rest of the row. */
    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private InvalidInputException error(SheetRow row, int column, String problem) {
        return new InvalidInputException(source, "sheet \"" + sheet + "\", row " + row.number() + ", column "
                + columnName(column), problem);
    }

    /** A, B, … Z, AA, AB, … as Excel names columns. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
