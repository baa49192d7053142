package io.coo4j.excel.internal;

import io.coo4j.core.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * A legacy {@code .xls} file read with POI's HSSF. The format holds at most 65,536 rows, so reading the whole
 * workbook keeps memory bounded; the event API would add code for no gain.
 */
final class XlsSource implements SheetSource {
    private final String source;
    private final HSSFWorkbook workbook;
    private final POIFSFileSystem fs;

    private XlsSource(String source, HSSFWorkbook workbook, POIFSFileSystem fs) {
        this.source = source;
        this.workbook = workbook;
        this.fs = fs;
    }

    static XlsSource open(Path file, POIFSFileSystem fs) {
        try {
            return new XlsSource(file.toString(), new HSSFWorkbook(fs.getRoot(), false), fs);
        } catch (EncryptedDocumentException e) {
            WorkbookFiles.closeQuietly(fs);
            throw new InvalidInputException(file.toString(), "", "is encrypted (password-protected); save it without a password", e);
        } catch (Exception e) {
            WorkbookFiles.closeQuietly(fs);
            throw new InvalidInputException(file.toString(), "", "cannot be read as an Excel workbook: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> templateType() {
        Sheet lists = workbook.getSheet(TemplateMarker.listsSheet());
        Row first = lists == null ? null : lists.getRow(0);
        if (first == null) {
            return Optional.empty();
        }
        RawCell a = raw(first.getCell(0));
        RawCell b = raw(first.getCell(1));
        return Optional.ofNullable(TemplateMarker.type(a == null ? null : a.text(), b == null ? null : b.text()));
    }

    @Override
    public void forEachRow(Consumer<RawRow> rows) {
        if (workbook.getNumberOfSheets() == 0) {
            return;
        }
        rows(workbook.getSheetAt(0), rows);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public void forEachRow(String sheet, Consumer<RawRow> rows) {
        Sheet s = workbook.getSheet(sheet);
        if (s == null) {
            throw new InvalidInputException(source, "", "has no sheet \"" + sheet + "\"");
        }
        rows(s, rows);
    }

    private static void rows(Sheet sheet, Consumer<RawRow> rows) {
        for (Row r : sheet) {
            rows.accept(new XlsRow(r));
        }
    }

    @Override
    public void close() {
        WorkbookFiles.closeQuietly(workbook);
        WorkbookFiles.closeQuietly(fs);
    }

    private static RawCell raw(Cell c) {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType();
        return switch (t) {
            case FORMULA -> new RawCell(RawCell.Type.FORMULA, null);
            case STRING -> new RawCell(RawCell.Type.TEXT, c.getStringCellValue());
            case NUMERIC -> new RawCell(RawCell.Type.NUMBER, NumberToTextConverter.toText(c.getNumericCellValue()));
            case BOOLEAN -> new RawCell(RawCell.Type.BOOLEAN, String.valueOf(c.getBooleanCellValue()));
            case ERROR -> new RawCell(RawCell.Type.ERROR, String.valueOf(c.getErrorCellValue()));
            default -> null;
        };
    }

    private record XlsRow(Row row) implements RawRow {
        @Override
        public int number() {
            return row.getRowNum() + 1;
        }

        @Override
        public int width() {
            return Math.max(0, row.getLastCellNum());
        }

        @Override
        public RawCell cell(int index) {
            return raw(row.getCell(index));
        }
    }
}
