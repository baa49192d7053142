package io.coo4j.excel.internal;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An {@code .xlsx} file read with fastexcel-reader: the sheet XML is streamed, so memory grows with the shared
 * strings, not with the rows. A number that does not parse becomes an error cell instead of stopping the read.
 */
final class XlsxSource implements SheetSource {
    private final String source;
    private final ReadableWorkbook workbook;

    private XlsxSource(String source, ReadableWorkbook workbook) {
        this.source = source;
        this.workbook = workbook;
    }

    static XlsxSource open(Path file) {
        try {
            return new XlsxSource(file.toString(), new ReadableWorkbook(file.toFile(), new ReadingOptions(false, true)));
        } catch (IOException | RuntimeException e) {
            throw unreadable(file.toString(), e);
        }
    }

    @Override
    public Optional<String> templateType() {
        return read(() -> {
            Optional<Sheet> lists = workbook.findSheet(TemplateMarker.listsSheet());
            if (lists.isEmpty()) {
                return Optional.empty();
            }
            try (Stream<Row> rows = lists.get().openStream()) {
                return rows.findFirst().map(r -> TemplateMarker.type(text(r, 0), text(r, 1)));
            }
        });
    }

    @Override
    public void forEachRow(Consumer<RawRow> rows) {
        read(() -> {
            try (Stream<Row> stream = workbook.getFirstSheet().openStream()) {
                stream.forEach(r -> rows.accept(new XlsxRow(r)));
            }
            return null;
        });
    }

    @Override
    public List<String> sheetNames() {
        return read(() -> workbook.getSheets().map(Sheet::getName).toList());
    }

    @Override
    public void forEachRow(String sheet, Consumer<RawRow> rows) {
        read(() -> {
            Sheet s = workbook.findSheet(sheet).orElseThrow(() -> new InvalidInputException(source, "", "has no sheet \""
                    + sheet + "\""));
            try (Stream<Row> stream = s.openStream()) {
                stream.forEach(r -> rows.accept(new XlsxRow(r)));
            }
            return null;
        });
    }

    @Override
    public void close() {
        WorkbookFiles.closeQuietly(workbook);
    }

    private interface Read<T> {
        T run() throws IOException;
    }

    private <T> T read(Read<T> action) {
        try {
            return action.run();
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw unreadable(source, e);
        }
    }

    private static InvalidInputException unreadable(String source, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InvalidInputException(source, "", "cannot be read as an Excel workbook: " + why, e);
    }

    private static String text(Row r, int column) {
        return r.getOptionalCell(column).map(Cell::getText).orElse(null);
    }

    private record XlsxRow(Row row) implements RawRow {
        @Override
        public int number() {
            return row.getRowNum();
        }

        @Override
        public int width() {
            return row.getCellCount();
        }

        @Override
        public RawCell cell(int index) {
            Cell c = index < row.getCellCount() ? row.getCell(index) : null;
            if (c == null) {
                return null;
            }
            CellType t = c.getType();
            return switch (t) {
                case EMPTY -> null;
                case STRING -> new RawCell(RawCell.Type.TEXT, (String) c.getValue());
                case NUMBER -> new RawCell(RawCell.Type.NUMBER, c.getRawValue());
                case BOOLEAN -> new RawCell(RawCell.Type.BOOLEAN, String.valueOf(c.getValue()));
                case FORMULA -> new RawCell(RawCell.Type.FORMULA, null);
                case ERROR -> new RawCell(RawCell.Type.ERROR, c.getRawValue());
            };
        }
    }
}
