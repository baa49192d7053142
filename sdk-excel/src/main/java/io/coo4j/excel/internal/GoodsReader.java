package io.coo4j.excel.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.CellError;
import io.coo4j.excel.GoodsImport;
import io.coo4j.rules.OriginCriteria;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the goods rows of one sheet: finds the header row by the columns' names, converts every cell of every
 * later row, keeps the rows that convert and lists the problems of the others. Not thread-safe: one per import.
 */
public final class GoodsReader {
    /** How many rows from the top may come before the header row (titles, notes). */
    static final int HEADER_SEARCH_ROWS = 10;

    private final String source;
    private final CertificateType type;
    private final CellConverter converter;
    private final OriginCriteria criteria;
    private final int maxErrors;
    private final boolean bounded;
    private final Consumer<GoodsItem> goods;
    /** The catalogue the catalogue-code column picks entries from; null when the import has none. */
    private final GoodsCatalogue catalogue;
    /** The catalogue-code column's index in {@link #columns}, or -1. */
    private int catalogueAt = -1;
    private final List<CellError> errors = new ArrayList<>();
    private long errorsNotListed;
    /** Goods rows met so far, with or without a problem. */
    private int lines;
    /** Good lines handed on, for their numbers. */
    private int numbered;
    private int headerRow = -1;
    private GoodsColumn[] columns = new GoodsColumn[0];
    private int[] positions = new int[0];
    private Object[] values = new Object[0];

    /**
     * @param bounded stop past {@link Certificate#MAX_GOODS_LINES} goods rows
     * @param goods     takes each good line as its row is read
     * @param catalogue the goods catalogue a row's catalogue code picks its line from; null for none
     */
    public GoodsReader(String source, ReferenceData ref, OriginCriteria criteria, CertificateType type, int maxErrors,
                       boolean bounded, Consumer<GoodsItem> goods, GoodsCatalogue catalogue) {
        this.catalogue = catalogue;
        this.source = source;
        this.bounded = bounded;
        this.goods = goods;
        this.type = type;
        this.converter = new CellConverter(ref, criteria, type);
        this.criteria = criteria;
        this.maxErrors = maxErrors;
    }

    public GoodsImport read(SheetSource sheet) {
        sheet.forEachRow(this::row);
        if (headerRow < 0) {
            throw new InvalidInputException(source, "rows 1-" + HEADER_SEARCH_ROWS, "no header row: expected the goods "
                    + "template's column headers, such as HS编码 or HS code");
        }
        return new GoodsImport(type.code(), List.of(), errors, errorsNotListed);
    }

    private void row(RawRow r) {
        if (headerRow < 0) {
            if (r.number() <= HEADER_SEARCH_ROWS) {
                header(r);
            }
            return;
        }
        if (r.number() == headerRow + 1 && isExample(r)) {
            return;
        }
        boolean good = true;
        boolean filled = false;
        for (int i = 0; i < columns.length; i++) {
            try {
                values[i] = converter.convert(columns[i], r.cell(positions[i]));
                filled |= values[i] != null;
            } catch (CellProblem p) {
                good = false;
                error(r.number(), positions[i], columns[i].header(), p.getMessage());
            }
        }
        GoodsItem base = null;
        if (catalogueAt >= 0 && values[catalogueAt] != null) {
            try {
                base = catalogued((String) values[catalogueAt]);
            } catch (CellProblem p) {
                good = false;
                error(r.number(), positions[catalogueAt], columns[catalogueAt].header(), p.getMessage());
            }
        }
        // A row without a value in any goods column is a blank line, not a goods line.
        if ((filled || !good) && ++lines > Certificate.MAX_GOODS_LINES && bounded) {
            // Stop here rather than hold a million lines (and their problems) that no certificate can carry.
            throw new InvalidInputException(source, "row " + r.number(), "more than " + Certificate.MAX_GOODS_LINES
                    + " goods lines, the most one certificate holds; split the goods over several certificates");
        }
        if (good && filled) {
            goods.accept(GoodsFields.build(columns, values, ++numbered, base));
        }
    }

    /** The line of the catalogue entry {@code code} (货物维护, 001 §1.1), which the row's filled cells then override. */
    private GoodsItem catalogued(String code) throws CellProblem {
        if (catalogue == null) {
            throw new CellProblem("a catalogue code picks a saved line from a goods catalogue (货物维护), and this import"
                    + " has none: give it one (GoodsImporter.withCatalogue), or fill the line's cells instead");
        }
        return catalogue.get(code).map(GoodsCatalogueEntry::goods).orElseThrow(() -> new CellProblem("no entry '" + code
                + "' in the goods catalogue"));
    }

    /** Takes {@code r} as the header row if one of its cells names a goods column; reports the cells it ignores. */
    private void header(RawRow r) {
        List<GoodsColumn> ofType = GoodsColumns.of(type);
        List<GoodsColumn> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        for (int c = 0; c < r.width(); c++) {
            RawCell cell = r.cell(c);
            String text = cell == null || cell.text() == null ? "" : cell.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            GoodsColumn column = GoodsColumns.all().stream().filter(k -> GoodsColumns.names(k, text)).findFirst().orElse(null);
            String problem = null;
            if (column == null) {
                problem = "unknown column '" + text + "'; its cells are ignored";
            } else if (!ofType.contains(column)) {
                problem = "certificate type " + type.code() + " has no column '" + text + "'; its cells are ignored";
            } else if (found.contains(column)) {
                problem = "column '" + text + "' appears twice; the first one is read";
            } else {
                found.add(column);
                at.add(c);
            }
            if (problem != null) {
                ignored.add(new Ignored(c, text, problem));
            }
        }
        if (found.isEmpty()) {
            return; // a title or note row above the header
        }
        headerRow = r.number();
        columns = found.toArray(new GoodsColumn[0]);
        positions = at.stream().mapToInt(Integer::intValue).toArray();
        values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].key().equals(GoodsFields.CATALOGUE_CODE)) {
                catalogueAt = i;
            }
        }
        ignored.forEach(e -> error(headerRow, e.column(), e.text(), e.problem()));
    }

    /** A header cell that names no column of the type. */
    private record Ignored(int column, String text, String problem) {
    }

    /** Whether the row is the template's example row, unchanged. */
    private boolean isExample(RawRow r) {
        for (int i = 0; i < columns.length; i++) {
            RawCell cell = r.cell(positions[i]);
            String text = cell == null || cell.text() == null ? "" : cell.text().strip();
            if (cell != null && cell.type() == RawCell.Type.NUMBER) {
                text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            }
            if (!Objects.equals(text, GoodsColumns.example(columns[i], type, criteria))) {
                return false;
            }
        }
        return true;
    }

    private void error(int row, int column, String header, String problem) {
        if (errors.size() < maxErrors) {
            errors.add(new CellError(source, row, letter(column), header, problem));
        } else {
            errorsNotListed++;
        }
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
