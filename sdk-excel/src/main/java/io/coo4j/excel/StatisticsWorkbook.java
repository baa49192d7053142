package io.coo4j.excel;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.internal.Charts;
import io.coo4j.excel.internal.CountTable;
import io.coo4j.excel.internal.Labels;
import io.coo4j.excel.internal.Sheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the business statistics (业务统计, 001 ch.11; 003) of a set of certificates as an {@code .xlsx} workbook:
 * one sheet each for the counts and shares by certificate type, by principal (委托企业), by entry clerk (录入员), by
 * login user per year, month or day, and by login user × principal, each with a native bar chart and pie chart that
 * Excel and LibreOffice draw from the sheet's cells. Certificates count on the day they were created, in China time;
 * shares are of the sheet's total. A sheet without certificates has its table but no charts.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StatisticsWorkbook {
    private static final int FIRST_HEADER_ROW = 3;

    private final ReferenceData ref;

    private StatisticsWorkbook(ReferenceData ref) {
        this.ref = ref;
    }

    /** With these reference tables (for the names of types). */
    public static StatisticsWorkbook create(ReferenceData ref) {
        return new StatisticsWorkbook(InvalidInputException.requireArgument(ref, "StatisticsWorkbook.create", "ref"));
    }

    /** With the built-in reference data. */
    public static StatisticsWorkbook defaults() {
        return new StatisticsWorkbook(ReferenceData.defaults());
    }

    /** Writes the statistics of the certificates created within {@code range} to {@code file}. */
    public void write(Collection<CertificateEntry> entries, DateRange range, Granularity per, Path file) {
        Sheets.toFile(InvalidInputException.requireArgument(file, "StatisticsWorkbook.write", "file"), out -> {
            write(entries, range, per, out);
            return null;
        });
    }

    /**
     * Writes the statistics of the certificates created within {@code range}; login users' work is counted per
     * {@code per}. The stream stays open.
     */
    public void write(Collection<CertificateEntry> entries, DateRange range, Granularity per, OutputStream out) {
        InvalidInputException.requireArgument(range, "StatisticsWorkbook.write", "range");
        InvalidInputException.requireArgument(per, "StatisticsWorkbook.write", "per");
        InvalidInputException.requireArgument(out, "StatisticsWorkbook.write", "out");
        if (InvalidInputException.requireArgument(entries, "StatisticsWorkbook.write", "entries").stream()
                .anyMatch(e -> e == null)) {
            throw new InvalidInputException("StatisticsWorkbook.write", "entries", "holds null");
        }
        List<CertificateEntry> in = entries.stream().filter(e -> range.contains(e.record().createdAt())).toList();
        String count = Labels.both("stats.count");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            sheet(wb, styles, range, "stats.byType", tally(in, this::typeLabel, count), false);
            sheet(wb, styles, range, "stats.byPrincipal", tally(in, CertificateEntry::principal, count), false);
            sheet(wb, styles, range, "stats.byEntryClerk", tally(in, CertificateEntry::entryClerk, count), false);
            sheet(wb, styles, range, "stats.byLoginUser",
                    tally(in, CertificateEntry::loginUser, e -> per.period(e.record().createdAt())), true);
            sheet(wb, styles, range, "stats.byUserPrincipal", tally(in, CertificateEntry::loginUser, e -> none(e.principal())), true);
            wb.write(out);
        } catch (IOException e) {
            throw new CooException("cannot write the statistics workbook: " + e.getMessage(), e);
        }
    }

    private String typeLabel(CertificateEntry e) {
        String code = e.record().certificate().type();
        return ref.certificateType(code).map(t -> code + " " + t.nameZh()).orElse(code);
    }

    /** Counts by one dimension, in the single column {@code count}. */
    private static CountTable tally(List<CertificateEntry> entries, Function<CertificateEntry, String> row, String count) {
        CountTable t = new CountTable(List.of(count));
        entries.forEach(e -> t.add(none(row.apply(e)), count));
        return t;
    }

    /** Counts by two dimensions: a column per value of {@code column}. */
    private static CountTable tally(List<CertificateEntry> entries, Function<CertificateEntry, String> row,
                                    Function<CertificateEntry, String> column) {
        CountTable t = new CountTable(List.of());
        entries.forEach(e -> t.add(none(row.apply(e)), column.apply(e)));
        return t;
    }

    private static String none(String label) {
        return label == null || label.isBlank() ? Labels.zh("stats.none") + " " + Labels.en("stats.none") : label;
    }

    /** The styles a statistics sheet uses, made once per workbook. */
    private record Styles(CellStyle title, CellStyle header, CellStyle share) {
        Styles(XSSFWorkbook wb) {
            this(wb.createCellStyle(), Sheets.headerStyle(wb), Sheets.numberStyle(wb, "0.00%"));
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            title.setFont(bold);
        }
    }

    /**
     * A sheet: title, period, the table (label, one count column or a column per value of the second dimension with
     * their total, share) and its total row; then the charts beside it.
     */
    private static void sheet(XSSFWorkbook wb, Styles styles, DateRange range, String key, CountTable t, boolean twoDimensional) {
        XSSFSheet sheet = wb.createSheet(Labels.zh(key));
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(Labels.zh(key) + " " + Labels.en(key));
        title.getCell(0).setCellStyle(styles.title());
        sheet.createRow(1).createCell(0).setCellValue(Labels.zh("stats.range") + " " + Labels.en("stats.range") + ": " + range);
        List<String> columns = t.columns();
        List<String> headers = new ArrayList<>();
        headers.add(Labels.both(key + ".row"));
        headers.addAll(columns);
        if (twoDimensional) {
            headers.add(Labels.both("stats.total"));
        }
        headers.add(Labels.both("stats.share"));
        Sheets.header(sheet, FIRST_HEADER_ROW, headers, styles.header());
        int totalColumn = twoDimensional ? columns.size() + 1 : 1;
        List<String> rows = t.rows();
        long total = t.total();
        int r = FIRST_HEADER_ROW + 1;
        for (String label : rows) {
            Row row = sheet.createRow(r++);
            Sheets.text(row, 0, label);
            List<Long> counts = columns.stream().map(c -> t.count(label, c)).toList();
            values(row, counts, twoDimensional, t.total(label), total, styles.share());
        }
        Row sum = sheet.createRow(r);
        sum.createCell(0).setCellValue(Labels.zh("stats.total") + " " + Labels.en("stats.total"));
        values(sum, columns.stream().map(c -> rows.stream().mapToLong(l -> t.count(l, c)).sum()).toList(),
                twoDimensional, total, total, styles.share());
        sheet.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        if (!rows.isEmpty()) {
            charts(sheet, key, new Charts.Table(sheet, FIRST_HEADER_ROW + 1, FIRST_HEADER_ROW + rows.size(), 0), columns,
                    totalColumn, headers.size() + 1);
        }
    }

    private static void values(Row row, List<Long> counts, boolean twoDimensional, long rowTotal, long total, CellStyle share) {
        for (int i = 0; i < counts.size(); i++) {
            row.createCell(i + 1).setCellValue(counts.get(i));
        }
        int next = counts.size() + 1;
        if (twoDimensional) {
            row.createCell(next++).setCellValue(rowTotal);
        }
        row.createCell(next).setCellValue(total == 0 ? 0 : (double) rowTotal / total);
        row.getCell(next).setCellStyle(share);
    }

    private static void charts(XSSFSheet sheet, String key, Charts.Table table, List<String> columns, int totalColumn, int left) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = FIRST_HEADER_ROW;
        XSSFClientAnchor barAt = drawing.createAnchor(0, 0, 0, 0, left, top, left + 9, top + 18);
        XSSFClientAnchor pieAt = drawing.createAnchor(0, 0, 0, 0, left, top + 19, left + 9, top + 37);
        List<Integer> series = IntStream.rangeClosed(1, columns.size()).boxed().toList();
        Charts.bar(drawing, barAt, Labels.zh(key) + " " + Labels.zh("stats.bar") + " / " + Labels.en("stats.bar"), table,
                series, columns);
        Charts.pie(drawing, pieAt, Labels.zh(key) + " " + Labels.zh("stats.pie") + " / " + Labels.en("stats.pie"), table,
                totalColumn, Labels.zh("stats.total"));
    }
}
