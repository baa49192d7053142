package io.coo4j.excel;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.internal.Labels;
import io.coo4j.excel.internal.Sheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the certificate list (证书列表) as an {@code .xlsx} workbook, as the Single Window's Excel export does
 * (001 ch.5; 003): number, invoice number, type, category, destination, creation time, application date and status,
 * one row per certificate created within the chosen days, newest first. The manual exports the certificates created
 * within the last month; that is the default here ({@link DateRange#lastMonth()}), and the caller may choose any range.
 * Rows are streamed to a temporary file, so the list may be long. Text that a spreadsheet would take for a formula
 * is written with a leading apostrophe.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CertificateListExport {
    private static final List<String> COLUMNS = List.of("list.seq", "list.number", "list.invoiceNumber", "list.type",
            "list.category", "list.destination", "list.createdAt", "list.applicationDate", "list.state");
    private static final int[] WIDTHS = {6, 20, 18, 30, 10, 24, 20, 14, 14};

    private final ReferenceData ref;

    private CertificateListExport(ReferenceData ref) {
        this.ref = ref;
    }

    /** With these reference tables (for the names of types and countries). */
    public static CertificateListExport create(ReferenceData ref) {
        return new CertificateListExport(InvalidInputException.requireArgument(ref, "CertificateListExport.create", "ref"));
    }

    /** With the built-in reference data. */
    public static CertificateListExport defaults() {
        return new CertificateListExport(ReferenceData.defaults());
    }

    /** Writes the certificates created within the last month; answers how many rows were written. */
    public int write(Collection<CertificateRecord> records, OutputStream out) {
        return write(records, DateRange.lastMonth(), out);
    }

    /** Writes the certificates created within {@code range} to {@code file}; answers how many rows were written. */
    public int write(Collection<CertificateRecord> records, DateRange range, Path file) {
        return Sheets.toFile(InvalidInputException.requireArgument(file, "CertificateListExport.write", "file"),
                out -> write(records, range, out));
    }

    /** Writes the certificates created within {@code range}; the stream stays open. Answers how many rows were written. */
    public int write(Collection<CertificateRecord> records, DateRange range, OutputStream out) {
        InvalidInputException.requireArgument(range, "CertificateListExport.write", "range");
        InvalidInputException.requireArgument(out, "CertificateListExport.write", "out");
        int at = 0;
        for (CertificateRecord r : InvalidInputException.requireArgument(records, "CertificateListExport.write", "records")) {
            if (r == null || r.certificate() == null) {
                throw new InvalidInputException("CertificateListExport.write", "records[" + at + "]",
                        r == null ? "null" : "a record without its certificate");
            }
            at++;
        }
        List<CertificateRecord> rows = records.stream().filter(r -> range.contains(r.createdAt()))
                .sorted(Comparator.comparing(CertificateRecord::createdAt).reversed()).toList();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = wb.createSheet(Labels.zh("list.sheet"));
            Sheets.header(sheet, 0, COLUMNS.stream().map(Labels::both).toList(), Sheets.headerStyle(wb));
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            CellStyle dateTime = Sheets.numberStyle(wb, "yyyy-mm-dd hh:mm:ss");
            CellStyle date = Sheets.numberStyle(wb, "yyyy-mm-dd");
            for (int i = 0; i < rows.size(); i++) {
                row(sheet.createRow(i + 1), i + 1, rows.get(i), dateTime, date);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, COLUMNS.size() - 1));
            wb.write(out);
            return rows.size();
        } catch (IOException e) {
            throw new CooException("cannot write the certificate list: " + e.getMessage(), e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the temporary files are already disposed of
            }
        }
    }

    private void row(Row row, int seq, CertificateRecord r, CellStyle dateTime, CellStyle date) {
        Certificate c = r.certificate();
        row.createCell(0).setCellValue(seq);
        Sheets.text(row, 1, c.number());
        Sheets.text(row, 2, c.invoiceNumber());
        Sheets.text(row, 3, ref.certificateType(c.type()).map(CertificateType::nameZh).orElse(c.type()));
        Sheets.text(row, 4, c.category() == null ? null : c.category().nameZh());
        Sheets.text(row, 5, c.destinationCountry() == null ? null
                : ref.countries().byAlpha2(c.destinationCountry()).map(Country::nameEn).orElse(c.destinationCountry()));
        Cell created = row.createCell(6);
        created.setCellValue(r.createdAt().atZone(ChinaTime.ZONE).toLocalDateTime());
        created.setCellStyle(dateTime);
        if (c.applicationDate() != null) {
            Cell applied = row.createCell(7);
            applied.setCellValue(c.applicationDate());
            applied.setCellStyle(date);
        }
        Sheets.text(row, 8, r.state() == null ? null : r.state().nameZh());
    }
}
