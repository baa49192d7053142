package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.entry.GoodsCatalogueStore;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Packages;
import io.coo4j.samples.CooCliTest.Run;
import io.coo4j.samples.cli.Coo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coo goods-import --catalogue FILE}: the workbook's catalogue codes (货物维护编号) pick their lines from a goods
 * catalogue journal (001 §1.1 货物维护: "有相同货物时直接双击列表里的货物信息可将数据返填至货物信息页面").
 */
class GoodsImportCatalogueCliTest {
    @TempDir
    Path dir;

    /** A catalogue journal as an ERP's {@code GoodsCatalogueStore.journal} keeps it, with one switch. */
    private Path catalogue() {
        Path file = dir.resolve("goods.jsonl");
        try (GoodsCatalogueStore store = GoodsCatalogueStore.journal(file)) {
            GoodsCatalogue.create(store).save(GoodsCatalogueEntry.of("SW-24", GoodsItem.builder().hsCode("851762")
                    .nameCn("网络交换机").nameEn("NETWORK SWITCH").packages(new Packages(null, "CARTONS", true))
                    .originCriterion("PE").build()));
        }
        return file;
    }

    /** A sheet whose header row is {@code 货物维护编号, HS编码, 包装件数}, then one row per {@code rows} element. */
    private Path workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("goods");
            Row header = s.createRow(0);
            String[] names = {"货物维护编号", "HS编码", "包装件数"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            Path file = dir.resolve("goods.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    @Test
    void aCatalogueCodePicksTheSavedLineAndTheRowsCellsWin() throws IOException {
        Path catalogue = catalogue();
        Path file = workbook(new Object[] {"SW-24", null, 12}, new Object[] {"SW-24", "85176200", null});
        Run r = coo("goods-import", file.toString(), "--type", "E", "--catalogue", catalogue.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(file + ": 2 goods line(s) for type E, 0 cell(s) not read")
                .contains("1  851762     NETWORK SWITCH").contains("2  85176200   NETWORK SWITCH");
        assertThat(coo("goods-import", file.toString(), "--type", "E", "--catalogue", catalogue.toString(),
                "--format", "json").out()).as("the row's package count, the entry's unit")
                .contains("\"count\": 12").contains("\"unit\": \"CARTONS\"");
    }

    @Test
    void anUnknownCodeIsACellNamingRowAndColumnAndExitsOne() throws IOException {
        Path file = workbook(new Object[] {"SW-24", null, 1}, new Object[] {"SW-99", null, 2});
        Run r = coo("goods-import", file.toString(), "--type", "E", "--catalogue", catalogue().toString());
        assertThat(r.exit()).isEqualTo(Coo.INVALID);
        assertThat(r.out()).contains("1 goods line(s) for type E, 1 cell(s) not read");
        assertThat(r.err().lines()).containsExactly("coo: " + file + ": row 3, column A (货物维护编号 / Catalogue code):"
                + " no entry 'SW-99' in the goods catalogue");
        Run without = coo("goods-import", file.toString(), "--type", "E");
        assertThat(without.exit()).as("a code without a catalogue is a cell problem too").isEqualTo(Coo.INVALID);
        assertThat(without.err()).contains("row 2, column A").contains("GoodsImporter.withCatalogue");
    }

    @Test
    void aMissingOrDamagedCatalogueIsOneLineAndExitsTwo() throws IOException {
        Path file = workbook(new Object[] {"SW-24", null, 1});
        Path missing = dir.resolve("none.jsonl");
        Run r = coo("goods-import", file.toString(), "--type", "E", "--catalogue", missing.toString());
        assertThat(r.exit()).isEqualTo(Coo.USAGE);
        assertThat(r.err()).isEqualTo("coo: --catalogue: no such file " + missing + ": give the goods catalogue journal"
                + " (the file GoodsCatalogueStore.journal writes)\n");
        assertThat(missing).as("nothing is created").doesNotExist();

        Path damaged = dir.resolve("damaged.jsonl");
        Files.writeString(damaged, "{\"removed\":\"A\"}\nnot a journal line\n", StandardCharsets.UTF_8);
        Run bad = coo("goods-import", file.toString(), "--type", "E", "--catalogue", damaged.toString());
        assertThat(bad.exit()).isEqualTo(Coo.USAGE);
        assertThat(bad.err().strip().lines()).as(bad.err()).hasSize(1);
        assertThat(bad.err()).startsWith("coo: " + damaged + ": line 2: ").doesNotContain("\tat ");

        Run dirAsFile = coo("goods-import", file.toString(), "--type", "E", "--catalogue", dir.toString());
        assertThat(dirAsFile.exit()).isEqualTo(Coo.USAGE);
        assertThat(dirAsFile.err()).startsWith("coo: --catalogue: no such file");
    }

    /**
     * The catalogue is read, never written: a JSON file that is no journal, and a journal whose last newline was lost
     * to an edit, are refused in one line naming the file and line (exit 2), and stay as they were, byte for byte.
     */
    @Test
    void theCatalogueFileIsNeverChanged() throws IOException {
        Path file = workbook(new Object[] {"SW-24", null, 1});
        Path settings = dir.resolve("settings.json");
        String json = "{\"printer\": \"HP-1\", \"copies\": 2, \"x\": 1}";
        Files.writeString(settings, json, StandardCharsets.UTF_8);
        Path edited = catalogue();
        String journal = Files.readString(edited, StandardCharsets.UTF_8);
        Files.writeString(edited, journal.stripTrailing(), StandardCharsets.UTF_8);
        for (Path catalogue : new Path[] {settings, edited}) {
            byte[] before = Files.readAllBytes(catalogue);
            Run r = coo("goods-import", file.toString(), "--type", "E", "--catalogue", catalogue.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(Coo.USAGE);
            assertThat(r.err().strip().lines()).as(r.err()).singleElement().asString()
                    .startsWith("coo: " + catalogue + ": line 1: ").contains("no newline");
            assertThat(Files.readAllBytes(catalogue)).isEqualTo(before);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("nothing set aside or created")
                    .containsExactlyInAnyOrder("goods.xlsx", "settings.json", "goods.jsonl");
        }
    }

    /** A cell that cannot be read exits 1, as the code and docs/data-entry.md say; the help says so too. */
    @Test
    void theHelpNamesTheExitCodes() {
        Run help = coo("help", "goods-import");
        assertThat(help.out().replaceAll("\\s+", " ")).as("wrapped as the terminal's width allows")
                .contains("Exit 1 when a cell cannot be read, 2 when the file or the catalogue cannot")
                .contains("Read only: the file is never changed");
    }
}
