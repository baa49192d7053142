package io.coo4j.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Quantity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoodsImporterTest {
    @TempDir
    Path dir;

    private static final GoodsItem SWITCH = GoodsItem.builder().seq(1).hsCode("851762").nameCn("网络交换机")
            .nameEn("NETWORK SWITCH").packages(new Packages(10L, "CARTONS", true))
            .quantity(new Quantity(new BigDecimal("100"), "PCS")).fobValue(new BigDecimal("1000.5"))
            .originCriterion("PSR").originSubCriterion("RVC").importContentPercent(new BigDecimal("35")).build();

    /** A workbook of one sheet, filled row by row from {@code rows} (null leaves a cell empty). */
    private Path workbook(String name, Workbook wb, Object[]... rows) throws IOException {
        Sheet sheet = wb.createSheet("goods");
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                GoodsFiles.set(row.createCell(c), rows[r][c]);
            }
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void findsTheHeaderByNameInEitherLanguageAndInAnyOrder() throws IOException {
        Path file = workbook("english.xlsx", new XSSFWorkbook(),
                new Object[] {"Goods list for the October shipment"},
                new Object[] {"FOB value (USD)", "hs code", "原产地标准", "Origin sub-criterion", "Import content (%)", "数量",
                        "Quantity unit", "Number of packages", "包装种类", "Goods name (English)", "货物中文名称"},
                new Object[] {1000.5, "8517.62", "psr", "RVC", 35, 100, "个", 10, "cartons", "NETWORK SWITCH", "网络交换机"});
        GoodsImport read = GoodsImporter.defaults().read(file, "E");
        assertThat(read.errors()).isEmpty();
        assertThat(read.goods()).containsExactly(SWITCH);
    }

    @Test
    void namesRowColumnAndHeaderOfEveryBadCellInOnePassAndKeepsTheGoodRows() throws IOException {
        Path file = workbook("bad.xlsx", new XSSFWorkbook(),
                new Object[] {"HS编码\nHS code", "包装件数\nNumber of packages", "数量单位\nQuantity unit", "原产地标准\nOrigin criterion",
                        "Colour"},
                new Object[] {"85176", "ten", "PCS", "WO"},
                new Object[] {"851762", 10, "PCS", "WO"},
                new Object[] {"851762", -1, "BUCKETS", "XX"},
                new Object[] {},
                new Object[] {"940161", 2.5, "SETS", "PE"});
        GoodsImport read = GoodsImporter.defaults().read(file, "E");
        assertThat(read.goods()).extracting(GoodsItem::seq, GoodsItem::hsCode).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "851762"));
        assertThat(read.errors()).extracting(CellError::location).containsExactly(
                "row 1, column E (Colour)",
                "row 2, column A (HS编码 / HS code)",
                "row 2, column B (包装件数 / Number of packages)",
                "row 4, column B (包装件数 / Number of packages)",
                "row 4, column C (数量单位 / Quantity unit)",
                "row 4, column D (原产地标准 / Origin criterion)",
                "row 6, column B (包装件数 / Number of packages)");
        assertThat(read.errors().get(0).problem()).contains("unknown column");
        assertThat(read.errors().get(1).message()).isEqualTo(file + ": row 2, column A (HS编码 / HS code): '85176' is not an HS code (6, 8 or 10 digits)");
        assertThat(read.errors().get(5).problem()).contains("WO, PE, PSR, CTH");
        assertThat(read.errors().get(6).problem()).contains("not a whole number");
    }

    @Test
    void readsLegacyXlsAndRestoresTheLeadingZeroOfANumericHsCode() throws IOException {
        Path file = workbook("legacy.xls", new HSSFWorkbook(),
                new Object[] {"HS code", "Goods name (English)", "Non-goods item"},
                new Object[] {10121, "LIVE HORSES", "N"},
                new Object[] {null, "MIXED CONSIGNMENT", "是"});
        GoodsImport read = GoodsImporter.defaults().read(file, "C");
        assertThat(read.errors()).isEmpty();
        assertThat(read.goods()).extracting(GoodsItem::hsCode).containsExactly("010121", null);
        assertThat(read.goods().get(1).nonGoodsItem()).isTrue();
    }

    @Test
    void aTemplateNamesItsTypeAndItsUnchangedExampleRowIsSkipped(@TempDir Path d) throws IOException {
        Path template = d.resolve("E.xlsx");
        GoodsTemplate.defaults().write("E", template);
        GoodsImport empty = GoodsImporter.defaults().read(template);
        assertThat(empty.certificateType()).isEqualTo("E");
        assertThat(empty.goods()).isEmpty();
        assertThat(empty.errors()).isEmpty();
        Path filled = GoodsFiles.filledTemplate(d, "E", List.of(SWITCH));
        assertThat(GoodsImporter.defaults().read(filled).goods()).containsExactly(SWITCH);
    }

    @Test
    void formulaInjectionInATextCellIsACellError() throws IOException {
        Path file = workbook("inject.xlsx", new XSSFWorkbook(),
                new Object[] {"HS code", "Goods name (English)", "Marks"},
                new Object[] {"851762", "=cmd|' /C calc'!A0", "N/M"},
                new Object[] {"851762", "SWITCH", "@SUM(1+1)*cmd|' /C calc'!A0"},
                new Object[] {"851762", "SWITCH", "N/M"});
        GoodsImport read = GoodsImporter.defaults().read(file, "C");
        assertThat(read.goods()).hasSize(1);
        assertThat(read.errors()).extracting(CellError::location)
                .containsExactly("row 2, column B (货物英文名称 / Goods name (English))", "row 3, column C (唛头 / Marks)");
        assertThat(read.errors().get(0).problem()).contains("formula injection");
    }

    /**
     * A text formula can reach out (HYPERLINK), and a number's cached result is what the file says, not what the formula
     * gives: issue 16 found =1+1 imported as its stored 999999. A formula is refused in every column, in both formats.
     */
    @ParameterizedTest
    @ValueSource(strings = {"formula.xlsx", "formula.xls"})
    void aFormulaIsRefusedInEveryColumnWhateverItsCachedResult(String name) throws IOException {
        Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        Path file = workbook(name, wb, new Object[] {"HS code", "Goods name (English)", "Quantity", "Invoice value"},
                new Object[] {"851762", null, 3, null},
                new Object[] {"851762", "SWITCH", 4, null},
                new Object[] {"851762", "SWITCH", 5, 10});
        try (Workbook edit = WorkbookFactory.create(Files.newInputStream(file))) {
            edit.getSheetAt(0).getRow(1).createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"X\")");
            Cell forged = edit.getSheetAt(0).getRow(2).createCell(3);
            forged.setCellFormula("1+1");
            forged.setCellValue(999999);
            try (OutputStream out = Files.newOutputStream(file)) {
                edit.write(out);
            }
        }
        GoodsImport read = GoodsImporter.defaults().read(file, "C");
        assertThat(read.errors()).extracting(CellError::location, CellError::problem).containsExactly(
                tuple("row 2, column B (货物英文名称 / Goods name (English))", "the cell holds a formula; type its value instead"),
                tuple("row 3, column D (发票金额 / Invoice value)", "the cell holds a formula; type its value instead"));
        assertThat(read.goods()).singleElement().extracting(GoodsItem::invoiceValue).isEqualTo(BigDecimal.TEN);
    }

    /**
     * Issue 16, item 3: a 1,048,575-row workbook kept every line (2.5 GB). The import stops past the most lines one
     * certificate holds, naming the row, instead of holding lines no certificate can carry.
     */
    @Test
    void stopsPastTheMostGoodsLinesOneCertificateHolds() throws IOException {
        Object[][] rows = new Object[Certificate.MAX_GOODS_LINES + 2][];
        rows[0] = new Object[] {"HS编码"};
        for (int r = 1; r < rows.length; r++) {
            rows[r] = new Object[] {"8517.62"};
        }
        Path file = workbook("many.xlsx", new XSSFWorkbook(), rows);
        assertThatThrownBy(() -> GoodsImporter.defaults().read(file, "E")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("many.xlsx").hasMessageContaining("row " + (Certificate.MAX_GOODS_LINES + 2))
                .hasMessageContaining("more than " + Certificate.MAX_GOODS_LINES + " goods lines");
        Path most = workbook("most.xlsx", new XSSFWorkbook(), Arrays.copyOf(rows, rows.length - 1));
        assertThat(GoodsImporter.defaults().read(most, "E").goods()).hasSize(Certificate.MAX_GOODS_LINES);
    }

    @Test
    void refusesEncryptedWorkbooks() throws Exception {
        Path plain = workbook("plain.xlsx", new XSSFWorkbook(), new Object[] {"HS code"}, new Object[] {"851762"});
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile()); OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(encrypted, "is encrypted (password-protected)");

        Biff8EncryptionKey.setCurrentUserPassword("secret");
        Path xls;
        try {
            xls = workbook("encrypted.xls", new HSSFWorkbook(), new Object[] {"HS code"}, new Object[] {"851762"});
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(xls, "is encrypted (password-protected)");
    }

    @Test
    void refusesMacroEnabledWorkbooks() throws IOException {
        Path xlsm = workbook("macros.xlsm", new XSSFWorkbook(XSSFWorkbookType.XLSM), new Object[] {"HS code"});
        assertRefused(xlsm, "macro-enabled workbook (.xlsm)");
        Path renamed = dir.resolve("vba.xlsx");
        zip(renamed, "[Content_Types].xml", "<Types/>", "xl/vbaProject.bin", "macro");
        assertRefused(renamed, "contains macros (xl/vbaProject.bin)");
    }

    /** A sheet of 20 MB of spaces deflates about a thousand times: refused before anything parses it. */
    @Test
    void refusesAZipBomb() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        zip(bomb, "[Content_Types].xml", "<Types/>", "xl/worksheets/sheet1.xml", " ".repeat(20 << 20));
        assertRefused(bomb, "looks like a zip bomb");
    }

    @Test
    void refusesWhatIsNoWorkbookOrHasNoHeader() throws IOException {
        Path text = dir.resolve("goods.xlsx");
        Files.writeString(text, "HS code;Goods name\n851762;SWITCH\n");
        assertRefused(text, "is not an Excel workbook (.xlsx or .xls)");
        assertRefused(dir.resolve("missing.xlsx"), "no such file");
        Path noHeader = workbook("noheader.xlsx", new XSSFWorkbook(), new Object[] {"851762", "SWITCH"});
        assertThatThrownBy(() -> GoodsImporter.defaults().read(noHeader, "C")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rows 1-10: no header row");
        assertThatThrownBy(() -> GoodsImporter.defaults().read(noHeader)).hasMessageContaining("name the type");
        assertThatThrownBy(() -> GoodsImporter.defaults().read(noHeader, "ZZ")).hasMessageContaining("unknown certificate type ZZ");
    }

    private static void assertRefused(Path file, String problem) {
        assertThatThrownBy(() -> GoodsImporter.defaults().read(file, "C")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": ").hasMessageContaining(problem);
    }

    private static void zip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
