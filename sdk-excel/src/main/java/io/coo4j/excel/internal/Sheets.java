package io.coo4j.excel.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.io.FileAccessException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** What every workbook coo4j writes shares: the header style, neutralised text cells, number formats. */
public final class Sheets {
    private Sheets() {
    }

    /** Bold, wrapped (Chinese above English), grey, bordered. */
    public static CellStyle headerStyle(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        s.setFont(bold);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    /** A style showing numbers in {@code format} (an Excel format code such as {@code 0.00%}). */
    public static CellStyle numberStyle(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    /**
     * Writes {@code headers} into row {@code rowIndex}, from column 0, tall enough for two lines; neutralised, since
     * a statistics header may be a principal's name.
     */
    public static Row header(Sheet sheet, int rowIndex, List<String> headers, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 4);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(FormulaText.neutralise(headers.get(i)));
            c.setCellStyle(style);
        }
        return row;
    }

    /** Writes text that came from a user, neutralised against formula injection; null leaves the cell empty. */
    public static void text(Row row, int column, String text) {
        if (text != null) {
            row.createCell(column).setCellValue(FormulaText.neutralise(text));
        }
    }

    /** Runs {@code writer} on a new stream to {@code file}, closes it and answers what the writer answers. */
    public static <T> T toFile(Path file, Function<OutputStream, T> writer) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return writer.apply(out);
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot write the workbook", e);
        }
    }
}
