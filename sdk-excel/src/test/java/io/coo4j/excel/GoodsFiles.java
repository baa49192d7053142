package io.coo4j.excel;

import io.coo4j.core.model.GoodsItem;
import io.coo4j.excel.internal.GoodsColumns;
import io.coo4j.excel.internal.GoodsFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Fills goods into a template the way a user would: by the header of each column, below the example row. */
final class GoodsFiles {
    private GoodsFiles() {
    }

    /** Writes {@code goods} into a copy of the template of {@code type}, from the row after the example. */
    static Path filledTemplate(Path dir, String type, List<GoodsItem> goods) throws IOException {
        Path template = dir.resolve("template-" + type + ".xlsx");
        GoodsTemplate.defaults().write(type, template);
        Path filled = dir.resolve("goods-" + type + ".xlsx");
        try (InputStream in = Files.newInputStream(template); Workbook wb = WorkbookFactory.create(in)) {
            fill(wb.getSheetAt(0), 2, goods);
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    /** Writes each item into a row from {@code firstRow}, finding each field's column by the header row (row 0). */
    static void fill(Sheet sheet, int firstRow, List<GoodsItem> goods) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (Cell h : sheet.getRow(0)) {
            GoodsColumns.all().stream().filter(c -> GoodsColumns.names(c, h.getStringCellValue()))
                    .findFirst().ifPresent(c -> columnOf.put(c.key(), h.getColumnIndex()));
        }
        for (int i = 0; i < goods.size(); i++) {
            Row row = sheet.createRow(firstRow + i);
            for (Map.Entry<String, Integer> e : columnOf.entrySet()) {
                Object v = GoodsFields.get(goods.get(i), e.getKey());
                set(row.createCell(e.getValue()), v);
            }
        }
    }

    static void set(Cell cell, Object v) {
        if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b ? "Y" : "N");
        } else if (v != null) {
            cell.setCellValue(v.toString());
        }
    }
}
