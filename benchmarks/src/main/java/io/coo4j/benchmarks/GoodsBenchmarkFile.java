package io.coo4j.benchmarks;

import io.coo4j.excel.GoodsTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The goods file the import benchmarks read: coo4j's goods template of type C filled with generated goods in twelve
 * columns, strings in a shared-strings table as Excel saves them. Written by the benchmarks' setup, never committed;
 * {@code main} writes it for the EasyExcel benchmark, which runs in a JVM of its own.
 */
public final class GoodsBenchmarkFile {
    /** The English headers of the filled columns (goods-columns.json); the template finds the rest. */
    private static final List<String> FILLED = List.of("HS code", "Goods name (Chinese)", "Goods name (English)",
            "Description of goods", "Number of packages", "Kind of packages", "Quantity", "Quantity unit",
            "Invoice unit price", "Invoice value", "FOB value (USD)", "Marks");
    private static final String[] HS = {"851762", "940161", "610910", "8471300000", "03028900", "420292"};
    private static final String[] UNITS = {"PCS", "SETS", "KG", "PAIRS"};
    private static final String[] KINDS = {"CARTONS", "BOXES", "PALLETS", "BAGS"};

    private GoodsBenchmarkFile() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100_000);
    }

    /** Writes {@code rows} goods lines below the template's example row. */
    public static void write(Path file, int rows) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        GoodsTemplate.defaults().write("C", template);
        try (XSSFWorkbook base = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Map<String, Integer> column = new HashMap<>();
            for (Cell h : base.getSheetAt(0).getRow(0)) {
                String header = h.getStringCellValue();
                column.put(header.substring(header.indexOf('\n') + 1), h.getColumnIndex());
            }
            SXSSFWorkbook wb = new SXSSFWorkbook(base, 500, true, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                SXSSFSheet sheet = wb.getSheetAt(0);
                for (int i = 0; i < rows; i++) {
                    Row row = sheet.createRow(i + 2);
                    Object[] values = {HS[i % HS.length], "货物" + (i % 997), "GOODS NO. " + (i % 1009),
                        "DESCRIPTION OF GOODS " + (i % 1013), 1 + i % 50, KINDS[i % KINDS.length], 10 + i % 1000,
                        UNITS[i % UNITS.length], 1.25 + i % 100, (1.25 + i % 100) * (10 + i % 1000), 1000.5 + i % 777, "N/M"};
                    for (int c = 0; c < values.length; c++) {
                        Cell cell = row.createCell(column.get(FILLED.get(c)));
                        if (values[c] instanceof String s) {
                            cell.setCellValue(s);
                        } else {
                            cell.setCellValue(((Number) values[c]).doubleValue());
                        }
                    }
                }
                wb.write(out);
            } finally {
                wb.dispose();
            }
        }
    }
}
