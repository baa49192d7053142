package io.coo4j.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatisticsWorkbookTest {
    private static final LocalDate SEP = LocalDate.of(2025, 9, 20);
    private static final LocalDate OCT = LocalDate.of(2025, 10, 5);
    private static final DateRange Q3_Q4 = new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31));
    static final List<CertificateEntry> ENTRIES = List.of(
            Entries.entry("E", SEP, "甲公司", "张三", "li"),
            Entries.entry("E", OCT, "甲公司", "张三", "li"),
            Entries.entry("E", OCT, "乙公司", "李四", "wang"),
            Entries.entry("C", OCT, "乙公司", null, "wang"),
            Entries.entry("C", SEP, "=cmd|' /C calc'!A0", "李四", "li"),
            Entries.entry("RC", OCT, null, "张三", "li"),
            Entries.entry("RC", LocalDate.of(2025, 11, 1), "甲公司", "张三", "li"));

    static byte[] write(List<CertificateEntry> entries, Granularity per) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.defaults().write(entries, Q3_Q4, per, out);
        return out.toByteArray();
    }

    private static List<List<String>> table(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                var cell = row.getCell(c);
                cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.format("%.4f", cell.getNumericCellValue()).replaceAll("\\.?0+$", "") : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** 003 业务统计: by type, principal, entry clerk, login user per period and login user × principal. */
    @Test
    void countsAndSharesEachDimensionWithinTheRange() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ENTRIES, Granularity.MONTH)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("按证书类型统计");
            assertThat(table(wb.getSheetAt(0))).containsExactly(
                    List.of("E 中国-东盟自贸区原产地证", "3", "0.5"),
                    List.of("C 一般原产地证", "2", "0.3333"),
                    List.of("RC RCEP原产地证书", "1", "0.1667"),
                    List.of("合计 Total", "6", "1"));
            assertThat(table(wb.getSheetAt(1))).extracting(r -> r.get(0)).containsExactly(
                    "乙公司", "甲公司", "'=cmd|' /C calc'!A0", "深圳示例有限公司", "合计 Total");
            assertThat(table(wb.getSheetAt(2))).extracting(r -> r.get(0) + "=" + r.get(1))
                    .containsExactly("张三=3", "李四=2", "（未填） (not given)=1", "合计 Total=6");
            Sheet byUser = wb.getSheetAt(3);
            assertThat(byUser.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2025-09");
            assertThat(table(byUser)).containsExactly(
                    List.of("li", "2", "2", "4", "0.6667"),
                    List.of("wang", "0", "2", "2", "0.3333"),
                    List.of("合计 Total", "2", "4", "6", "1"));
            Sheet byUserAndPrincipal = wb.getSheetAt(4);
            assertThat(byUserAndPrincipal.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(table(byUserAndPrincipal).get(0)).containsExactly("li", "1", "0", "1", "2", "4", "0.6667");
        }
    }

    @Test
    void eachSheetHasANativeBarAndPieChart() throws IOException {
        List<String> charts = chartParts(write(ENTRIES, Granularity.DAY));
        assertThat(charts).hasSize(10);
        assertThat(charts.stream().filter(c -> c.contains("<c:barChart>"))).hasSize(5);
        assertThat(charts.stream().filter(c -> c.contains("<c:pieChart>"))).hasSize(5);
        assertThat(charts).allSatisfy(c -> assertThat(c).as("drawn from the cells").contains("<c:f>").contains("<c:numRef>")
                .as("coloured: LibreOffice leaves a series without a fill empty").contains("<a:solidFill>"));
    }

    @Test
    void withoutCertificatesTheTablesStayAndTheChartsAreLeftOut() throws IOException {
        byte[] xlsx = write(List.of(), Granularity.YEAR);
        assertThat(chartParts(xlsx)).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(table(wb.getSheetAt(0))).containsExactly(List.of("合计 Total", "0", "0"));
        }
    }

    /** The chart parts of an .xlsx, as text. */
    static List<String> chartParts(byte[] xlsx) throws IOException {
        List<String> charts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().matches("xl/charts/chart\\d+\\.xml")) {
                    charts.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return charts;
    }
}
