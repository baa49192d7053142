package io.coo4j.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.DataPackBuilder;
import io.coo4j.core.data.PackManifest;
import io.coo4j.core.data.WorkbookReader;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.PublisherFiles;
import io.coo4j.core.testing.SharedData;
import io.coo4j.rules.origin.OriginAnswer;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.rules.origin.OriginOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the whole pack built from the publishers' own files — UNSD's workbooks read by sdk-excel — is the shared
 * pack layout (byte for byte but for the two rows {@link PublisherFiles#assertAsReference} names), and origin on it
 * answers as on that layout: for every subheading of the China–Korea annex, and for every HS 2022 subheading brought
 * into HS 2012 through the built correlation tables.
 */
class DataPackFromPublishersTest {
    @TempDir
    static Path dir;
    private static Path built;
    private static PackManifest manifest;
    private static long millis;

    @BeforeAll
    static void build() {
        SharedData.folder();
        DataPackBuilder builder = DataPack.builder().hs(PublisherFiles.hs())
                .districts(PublisherFiles.districts()).districtOverrides(PublisherFiles.districtOverrides());
        PublisherFiles.annexes().forEach(builder::annex);
        PublisherFiles.correlationWorkbooks().forEach(builder::correlation);
        built = dir.resolve("pack");
        long start = System.nanoTime();
        manifest = builder.build(built);
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void theBuiltPackIsTheSharedLayout() {
        PublisherFiles.assertAsReference(built, PublisherFiles.PACK_FILES);
        assertThat(manifest.tables()).extracting(PackManifest.Table::file)
                .containsExactlyInAnyOrderElementsOf(PublisherFiles.PACK_FILES);
        PackManifest.Table korea2022 = manifest.table("hs-correlation/hs2022-hs2017.csv").orElseThrow();
        assertThat(korea2022.rows()).isEqualTo(15656);
        assertThat(korea2022.hsEdition()).isEqualTo("HS2022+HS2017");
        assertThat(korea2022.source().url()).endsWith("HS2022toHS2017ConversionAndCorrelationTables.xlsx");
        assertThat(korea2022.source().commit()).isEqualTo("201c812e51f213d967d8701b6ed6398c79df4a04");
        assertThat(korea2022.notes()).containsExactly("1 row of UNSD's 999999 (commodities not specified, no HS code) left out");
        assertThat(manifest.verify(built)).isEmpty();
        assertThat(millis).as("building the whole pack, in ms").isLessThan(60_000);
    }

    @Test
    void theBuiltPackLoadsAsTheSharedOne() {
        DataPack pack = DataPack.load(built);
        DataPack reference = DataPack.load(SharedData.folder());
        assertThat(pack.manifest()).contains(manifest);
        assertThat(pack.hsCorrelation().orElseThrow().tables()).isEqualTo(reference.hsCorrelation().orElseThrow().tables());
        assertThat(pack.psrTable("19")).isEqualTo(reference.psrTable("19"));
    }

    /** The origin tests' engine on the built pack answers as on the shared one, for every code of the Korea annex. */
    @Test
    void originOnTheBuiltPackAnswersAsOnTheSharedOne() {
        OriginEngine onBuilt = OriginEngine.defaults().withAnnexes(DataPack.load(built));
        OriginEngine onShared = OriginEngine.defaults().withAnnexes(DataPack.load(SharedData.folder()));
        DataPack shared = DataPack.load(SharedData.folder());
        List<String> hs2012 = shared.psrTable("19").orElseThrow().rows().stream().map(r -> r.hsCode()).toList();
        List<String> hs2022 = shared.hsNomenclature().orElseThrow().entries().stream()
                .filter(e -> e.code().length() == 6).map(e -> e.code()).toList();
        int decided = 0;
        for (String code : hs2012) {
            decided += same(onBuilt, onShared, bill(code, "HS2012"));
        }
        for (String code : hs2022) {
            decided += same(onBuilt, onShared, bill(code, "HS2022"));
        }
        assertThat(decided).as("answers other than NOT_DETERMINED").isGreaterThan(10_000);

        // the README's example: a wooden chair in HS 2022, decided on the 2012 annex through the built correlation
        OriginAnswer chair = onBuilt.determine(CooJson.strict().read(GeneratedFiles.projectRoot()
                .resolve("samples/origin/wooden-chair-korea.json"), BillOfMaterials.class));
        assertThat(chair.results().get(0).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
    }

    @Test
    void theExcelReaderIsFoundOnTheClassPath() {
        assertThat(ServiceLoader.load(WorkbookReader.class).findFirst()).get().isInstanceOf(ExcelWorkbookReader.class);
    }

    @Test
    void aTruncatedWorkbookIsNamedAndLeavesNothing(@TempDir Path tmp) throws IOException {
        Path workbook = tmp.resolve("HS2022toHS2017.xlsx");
        writeCorrelation(workbook, false);
        byte[] whole = Files.readAllBytes(workbook);
        Files.write(workbook, Arrays.copyOf(whole, whole.length / 2));
        assertRefusedLeavingNothing(workbook, workbook + ": is damaged (not a readable zip)");
    }

    @Test
    void aFormulaWhereAPairBelongsIsNamedByCell(@TempDir Path tmp) throws IOException {
        Path workbook = tmp.resolve("w.xlsx");
        writeCorrelation(workbook, true);
        assertRefusedLeavingNothing(workbook, workbook + ": sheet \"Correlation\", row 4, column B: a formula: a publisher's"
                + " table holds values");
    }

    /** Building a pack beside {@code workbook} from it alone fails with {@code message}, and leaves only the workbook. */
    private static void assertRefusedLeavingNothing(Path workbook, String message) throws IOException {
        assertThatThrownBy(() -> DataPack.builder().correlation(workbook).build(workbook.resolveSibling("pack")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(message);
        assertThat(list(workbook.getParent())).containsExactly(workbook.getFileName().toString());
    }

    @Test
    void aSmallWorkbookOfItsOwnBecomesATable(@TempDir Path tmp) throws IOException {
        Path workbook = tmp.resolve("w.xlsx");
        writeCorrelation(workbook, false);
        DataPack.builder().correlation(workbook).build(tmp.resolve("pack"));
        assertThat(tmp.resolve("pack/hs-correlation/hs2022-hs2017.csv")).hasContent(
                "hs2022,hs2017,relationship,older_partial\n010121,010121,1:1,false\n010129,010129,1:1,false\n");
    }

    /** A UNSD-like workbook: Conversion and Correlation sheets; a code stored as a number; optionally a formula. */
    private static void writeCorrelation(Path file, boolean formula) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Conversion").createRow(0).createCell(0).setCellValue("From HS 2022");
            Sheet s = wb.createSheet("Correlation");
            s.createRow(0).createCell(0).setCellValue("Between");
            Row header = s.createRow(1);
            header.createCell(0).setCellValue("HS 2022");
            header.createCell(1).setCellValue("HS 2017");
            header.createCell(2).setCellValue("Relationship");
            Row a = s.createRow(2);
            a.createCell(0).setCellValue("010121");
            a.createCell(1).setCellValue(10121); // the leading zero lost
            a.createCell(2).setCellValue("1:1");
            Row b = s.createRow(3);
            b.createCell(0).setCellValue("010129");
            if (formula) {
                b.createCell(1).setCellFormula("A4");
            } else {
                b.createCell(1).setCellValue("010129");
            }
            b.createCell(2).setCellValue("1:1");
            wb.write(out);
        }
    }

    private static int same(OriginEngine onBuilt, OriginEngine onShared, BillOfMaterials bill) {
        OriginAnswer a = onBuilt.determine(bill);
        assertThat(a).as(bill.product().hsCode() + " in " + bill.hsVersion()).isEqualTo(onShared.determine(bill));
        return a.results().get(0).outcome() == OriginOutcome.NOT_DETERMINED ? 0 : 1;
    }

    private static BillOfMaterials bill(String code, String edition) {
        return CooJson.strict().read("""
                {"agreement": "19", "exportCountry": "CN", "importCountry": "KR",
                 "product": {"hsCode": "%s", "fobValue": 100.00, "exWorksPrice": 90.00, "whollyObtained": false},
                 "materials": [{"hsCode": "440791", "value": 30.00, "originating": false, "originCountry": "RU"}],
                 "hsVersion": "%s"}""".formatted(code, edition), BillOfMaterials.class, code);
    }

    private static List<String> list(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
