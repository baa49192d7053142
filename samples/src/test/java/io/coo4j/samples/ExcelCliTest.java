package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.samples.CooCliTest.Run;
import io.coo4j.samples.cli.Coo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coo goods-template}, {@code goods-import}, {@code export} and {@code stats}. */
class ExcelCliTest {
    private static final String CERTIFICATES = GeneratedFiles.projectRoot().resolve("samples/excel/certificates.json").toString();

    @TempDir
    Path dir;

    /** The template of type E with rows below its example: column A HS code, C English name (see goods-columns.json). */
    private Path filledTemplate(String... hsAndName) throws IOException {
        Path template = dir.resolve("E.xlsx");
        assertThat(coo("goods-template", "--type", "E", "--out", template.toString()).exit()).isZero();
        Path filled = dir.resolve("goods.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < hsAndName.length; i += 2) {
                Row row = wb.getSheetAt(0).createRow(2 + i / 2);
                row.createCell(1).setCellValue(hsAndName[i]);
                row.createCell(3).setCellValue(hsAndName[i + 1]);
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    @Test
    void aFilledTemplateImportsWithoutNamingTheType() throws IOException {
        Path file = filledTemplate("851762", "NETWORK SWITCH", "940161", "WOODEN CHAIR");
        Run r = coo("goods-import", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(file + ": 2 goods line(s) for type E, 0 cell(s) not read").contains("851762     NETWORK SWITCH");
        Run json = coo("goods-import", file.toString(), "--format", "json");
        assertThat(json.out()).contains("\"certificateType\": \"E\"").contains("\"hsCode\": \"940161\"").contains("\"errors\": []");
    }

    @Test
    void eachBadCellIsOneLineOnStderrNamingFileAndCellAndExitsOne() throws IOException {
        Path file = filledTemplate("85176", "NETWORK SWITCH", "940161", "=cmd|' /C calc'!A0", "851762", "SWITCH");
        Run r = coo("goods-import", file.toString());
        assertThat(r.exit()).isEqualTo(Coo.INVALID);
        assertThat(r.out()).contains("1 goods line(s) for type E, 2 cell(s) not read");
        assertThat(r.err().lines()).containsExactly(
                "coo: " + file + ": row 3, column B (HS编码 / HS code): '85176' is not an HS code (6, 8 or 10 digits)",
                "coo: " + file + ": row 4, column D (货物英文名称 / Goods name (English)): the text starts with '=' and would run "
                        + "as a formula (formula injection); remove that character");
    }

    @Test
    void unreadableFilesAndUnknownTypesAreOneLineAndExitTwo() throws IOException {
        Path text = dir.resolve("goods.xlsx");
        Files.writeString(text, "HS code\n851762\n");
        Path macros = dir.resolve("goods.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
             OutputStream out = Files.newOutputStream(macros)) {
            wb.createSheet("goods");
            wb.write(out);
        }
        for (String[] args : new String[][] {{"goods-import", text.toString()}, {"goods-import", macros.toString()},
                {"goods-import", dir.resolve("missing.xlsx").toString()}, {"goods-template", "--type", "ZZ", "--out", "x.xlsx"},
                {"export", text.toString(), "--out", dir.resolve("l.xlsx").toString()}}) {
            Run r = coo(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Coo.USAGE);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("coo: ").doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(coo("goods-import", macros.toString()).err()).contains("macro-enabled workbook (.xlsm)");
    }

    @Test
    void exportsTheCertificatesCreatedInTheChosenDays() {
        Path out = dir.resolve("list.xlsx");
        Run r = coo("export", CERTIFICATES, "--out", out.toString(), "--from", "2025-10-01", "--to", "2025-10-31");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + out + ": 5 certificate(s) created 2025-10-01 – 2025-10-31\n");
        assertThat(coo("export", CERTIFICATES, "--out", out.toString(), "--from", "2025-10-31", "--to", "2025-10-01").err())
                .contains("ends (2025-10-01) before it starts (2025-10-31)");
    }

    @Test
    void statsWritesAWorkbookWithCharts() throws IOException {
        Path out = dir.resolve("stats.xlsx");
        Run r = coo("stats", CERTIFICATES, "--out", out.toString(), "--from", "2025-08-01", "--to", "2025-10-31", "--per", "day");
        assertThat(r.exit()).as(r.err()).isZero();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.stream().filter(e -> e.getName().startsWith("xl/charts/chart"))).hasSize(10);
        }
    }
}
