package io.coo4j.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.entry.GoodsCatalogueStore;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.GoodsProducer;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Quantity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goods template's catalogue-code column (货物维护编号): 001 §1.1 货物维护, "有相同货物时直接双击列表里的货物信息可将数据
 * 返填至货物信息页面" — a row names a saved line, and what the row fills itself wins.
 */
class GoodsCatalogueImportTest {
    @TempDir
    Path dir;

    private static final GoodsItem SAVED = GoodsItem.builder().seq(1).hsCode("851762").nameCn("网络交换机")
            .nameEn("NETWORK SWITCH").description("NETWORK SWITCHES").packages(new Packages(null, "CARTONS", true))
            .quantity(new Quantity(null, "PCS")).originCriterion("PSR")
            .producer(new GoodsProducer("P-1", "MAKER CO", "a maker", "LI", "123", null, null, false)).build();

    private GoodsCatalogue catalogue() {
        GoodsCatalogue c = GoodsCatalogue.create(GoodsCatalogueStore.inMemory());
        c.save(GoodsCatalogueEntry.of("SW-24", SAVED));
        return c;
    }

    /** A sheet with a header row and one row of goods: {@code 货物维护编号, HS编码, 包装件数, 数量, 生产企业名称}. */
    private Path sheet(Object... row) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("goods");
            Object[][] rows = {{"货物维护编号", "HS编码", "包装件数", "数量", "生产企业名称"}, row};
            for (int r = 0; r < rows.length; r++) {
                Row x = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    GoodsFiles.set(x.createCell(c), rows[r][c]);
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
    void aCatalogueCodeFillsTheLineAndTheRowsCellsWin() throws IOException {
        Path file = sheet("SW-24", "85176200", 10, 100, "OTHER MAKER");
        GoodsImport read = GoodsImporter.defaults().withCatalogue(catalogue()).read(file, "E");
        assertThat(read.errors()).isEmpty();
        GoodsItem line = read.goods().get(0);
        assertThat(line.hsCode()).isEqualTo("85176200");                     // the row's code wins
        assertThat(line.nameEn()).isEqualTo("NETWORK SWITCH");               // empty in the row: the catalogue's
        assertThat(line.originCriterion()).isEqualTo("PSR");
        assertThat(line.packages()).isEqualTo(new Packages(10L, "CARTONS", true));  // part by part
        assertThat(line.quantity()).isEqualTo(new Quantity(new BigDecimal("100"), "PCS"));
        assertThat(line.producer()).isEqualTo(new GoodsProducer("P-1", "OTHER MAKER", "a maker", "LI", "123", null, null,
                false));
        assertThat(line.seq()).isEqualTo(1);
        // a row with the code only is the saved line
        GoodsImport only = GoodsImporter.defaults().withCatalogue(catalogue()).read(sheet("SW-24"), "E");
        assertThat(only.goods()).containsExactly(SAVED);
    }

    @Test
    void aCodeTheCatalogueLacksIsACellProblemNamingRowAndColumn() throws IOException {
        GoodsImport read = GoodsImporter.defaults().withCatalogue(catalogue()).read(sheet("SW-99", "851762"), "E");
        assertThat(read.goods()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("A");
            assertThat(e.problem()).isEqualTo("no entry 'SW-99' in the goods catalogue");
        });
    }

    @Test
    void withoutACatalogueTheColumnSaysOneIsNeeded() throws IOException {
        GoodsImport read = GoodsImporter.defaults().read(sheet("SW-24", "851762"), "E");
        assertThat(read.goods()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("A");
            assertThat(e.problem()).startsWith("a catalogue code picks a saved line from a goods catalogue (货物维护), and"
                    + " this import has none");
        });
        // an empty catalogue code needs no catalogue
        assertThat(GoodsImporter.defaults().read(sheet(null, "851762"), "E").goods()).hasSize(1);
    }
}
