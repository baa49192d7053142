package io.coo4j.excel;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.WorkbookReader;
import io.coo4j.excel.internal.RawCell;
import io.coo4j.excel.internal.RawRow;
import io.coo4j.excel.internal.SheetSource;
import io.coo4j.excel.internal.WorkbookFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;

/**
 * The {@link WorkbookReader} sdk-core's {@link io.coo4j.core.data.DataPackBuilder} reads publishers' workbooks with
 * (UNSD's HS correlation tables): {@code .xlsx} streamed, legacy {@code .xls} through POI, each checked first as the
 * goods import checks a workbook (not encrypted, no macros, no zip bomb). Registered for {@link java.util.ServiceLoader},
 * so a builder finds it whenever sdk-excel is on the class path. A cell holding a formula or an error value is refused
 * with its sheet, row and column: a publisher's table holds values. Stateless and thread-safe; each opened workbook is not.
 *
 * @since 0.1
 */
public final class ExcelWorkbookReader implements WorkbookReader {
    /** The reader; {@link java.util.ServiceLoader} calls this too. */
    public ExcelWorkbookReader() {
    }

    @Override
    public OpenWorkbook open(Path file) {
        InvalidInputException.requireArgument(file, "ExcelWorkbookReader.open", "file");
        SheetSource workbook = WorkbookFiles.open(file);
        return new OpenWorkbook() {
            @Override
            public List<String> sheetNames() {
                return workbook.sheetNames();
            }

            @Override
            public void forEachRow(String sheet, Consumer<SheetRow> rows) {
                InvalidInputException.requireArgument(sheet, "OpenWorkbook.forEachRow", "sheet");
                InvalidInputException.requireArgument(rows, "OpenWorkbook.forEachRow", "rows");
                workbook.forEachRow(sheet, r -> rows.accept(row(file, sheet, r)));
            }

            @Override
            public void close() {
                workbook.close();
            }
        };
    }

    private static SheetRow row(Path file, String sheet, RawRow row) {
        List<String> cells = new ArrayList<>(row.width());
        for (int i = 0; i < row.width(); i++) {
            RawCell c = row.cell(i);
            if (c == null) {
                cells.add("");
                continue;
            }
            cells.add(switch (c.type()) {
                case TEXT -> c.text();
                case NUMBER -> new BigDecimal(c.text()).stripTrailingZeros().toPlainString();
                case BOOLEAN -> c.text().toUpperCase(Locale.ROOT);
                case FORMULA -> throw refused(file, sheet, row, i, "a formula: a publisher's table holds values");
                case ERROR -> throw refused(file, sheet, row, i, "an error value (" + c.text() + ") where a value belongs");
            });
        }
        return new SheetRow(row.number(), cells);
    }

    private static InvalidInputException refused(Path file, String sheet, RawRow row, int column, String problem) {
        return new InvalidInputException(file.toString(), "sheet \"" + sheet + "\", row " + row.number() + ", column "
                + CellReference.convertNumToColString(column), problem);
    }
}
