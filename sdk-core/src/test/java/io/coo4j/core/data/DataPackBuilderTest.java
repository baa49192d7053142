package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.PackManifest.Table;
import io.coo4j.core.testing.PublisherFiles;
import io.coo4j.core.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a pack built from the publishers' own files is the pack layout the tests use, byte for byte; bad sources
 * are named by file, row and column, and leave nothing behind. The correlation workbooks need sdk-excel: its tests build
 * the whole pack; here a reader of rows in memory stands in for it.
 */
class DataPackBuilderTest {
    private static final List<String> WITHOUT_CORRELATION = PublisherFiles.PACK_FILES.stream()
            .filter(f -> !f.startsWith("hs-correlation/")).toList();

    @Test
    void buildsTheReferencePackFromThePublishersFiles(@TempDir Path dir) {
        Path out = dir.resolve("pack");
        DataPackBuilder builder = DataPack.builder().hs(PublisherFiles.hs())
                .districts(PublisherFiles.districts()).districtOverrides(PublisherFiles.districtOverrides());
        PublisherFiles.annexes().forEach(builder::annex);
        PackManifest manifest = builder.build(out);

        PublisherFiles.assertAsReference(out, WITHOUT_CORRELATION);
        assertThat(manifest.tables()).extracting(Table::file).containsExactly("hs2022/harmonized-system.csv",
                "psr/index.csv", "psr/china-korea/psr.csv", "psr/china-peru/psr.csv", "psr/china-iceland/psr.csv",
                "psr/china-costa-rica/psr.csv", "psr/china-new-zealand/psr.csv",
                "customs/customs_coo_issuing_authorities.json", "customs/customs_coo_issuing_authorities.address_overrides.json");
        Table korea = manifest.table("psr/china-korea/psr.csv").orElseThrow();
        assertThat(korea.rows()).isEqualTo(5205);
        assertThat(korea.hsEdition()).isEqualTo("HS2012");
        assertThat(korea.source().repository()).isEqualTo("Pinky-Lemon6/customs_spider");
        assertThat(korea.source().commit()).isEqualTo("82e1258e740c39a73a9d8f1f01a149c11ba59cc2");
        // 7,212 source rows: 95 chapter captions and 1,912 repeated subheadings left out, 5,205 kept
        assertThat(korea.notes()).contains("95 rows of chapter captions carrying another chapter's heading (filled from the row above) left out",
                "1912 rows repeating an earlier row's subheading (captions filled from the row above) left out");
        assertThat(manifest.table("psr/china-costa-rica/psr.csv").orElseThrow().notes())
                .contains("81 rows of chapter captions carrying another chapter's heading (filled from the row above) left out",
                        "246 rows flagged SUSPECT_FORWARD_FILL");
        assertThat(manifest.table("hs2022/harmonized-system.csv").orElseThrow().rows()).isEqualTo(6940);
        assertThat(manifest.table("customs/customs_coo_issuing_authorities.json").orElseThrow().rows()).isEqualTo(1399);
        assertThat(manifest.tables()).allSatisfy(t -> assertThat(t.notes()).noneMatch(n -> n.contains("not one coo4j knows")));

        DataPack built = DataPack.load(out);
        DataPack reference = DataPack.load(SharedData.folder());
        assertThat(built.manifest()).contains(manifest);
        assertThat(built.psrTables().keySet()).containsExactlyElementsOf(reference.psrTables().keySet());
        for (String agreement : List.of("19", "16", "15", "10")) {
            assertThat(built.psrTable(agreement)).isEqualTo(reference.psrTable(agreement));
        }
        // Peru: the same rows, two of them flagged (PublisherFiles.assertAsReference says why)
        assertThat(built.psrTable("12").orElseThrow().rows()).filteredOn(PsrRow::flagged).extracting(PsrRow::hsCode, PsrRow::flag)
                .contains(tuple("930590", "SOURCE_CODE_ROUNDED: 9305.901 read as 9305.90"),
                        tuple("930591", "SOURCE_CODE_ROUNDED: 9305.909 read as 9305.91"));
        assertThat(built.hsNomenclature().orElseThrow().entries())
                .containsExactlyElementsOf(reference.hsNomenclature().orElseThrow().entries());
        assertThat(built.customsDistricts().orElseThrow().all()).containsExactlyElementsOf(
                reference.customsDistricts().orElseThrow().all());
        assertThat(manifest.verify(out)).isEmpty();
        assertThat(siblings(dir)).containsExactly("pack");
    }

    @Test
    void theOtherPeruCopyWithTextHeadingsGivesTheSameRules(@TempDir Path dir) {
        DataPack.builder().annex("12", PublisherFiles.peruTextCopy()).build(dir.resolve("pack"));
        List<PsrRow> copy = DataPack.load(dir.resolve("pack")).psrTable("12").orElseThrow().rows();
        List<PsrRow> reference = DataPack.load(SharedData.folder()).psrTable("12").orElseThrow().rows();
        assertThat(copy).extracting(r -> r.hsCode() + " " + r.level() + " " + r.ruleText())
                .containsExactlyElementsOf(reference.stream().map(r -> r.hsCode() + " " + r.level() + " " + r.ruleText()).toList());
        assertThat(copy).filteredOn(PsrRow::flagged).extracting(PsrRow::flag).containsExactly(
                "SOURCE_HEADING_COLUMN_SAYS_8520", "SOURCE_HEADING_COLUMN_SAYS_8520",
                "SOURCE_CODE_ROUNDED: 9305.901 read as 9305.90", "SOURCE_CODE_ROUNDED: 9305.909 read as 9305.91");
        assertThat(copy.get(0).sourceRef()).isEqualTo("Pinky-Lemon6/customs_spider@82e1258e740c39a73a9d8f1f01a149c11ba59cc2:"
                + "dataset/data/appendix/json/1．产品特定原产地规则（中文）.json#[1]");
    }

    @Test
    void aJsonAnnexWithAMissingKeyNamesFileRowAndKey(@TempDir Path dir) throws IOException {
        Path annex = Files.writeString(dir.resolve("korea.json"), """
                [{"章": 1.0, "品目": 1.01, "子目": 101.21, "商品描述": "--改良种用", "原产地标准": "完全获得"},
                 {"章": 1.0, "品目": 1.01, "商品描述": "--其他", "原产地标准": "完全获得"}]""");
        assertFailsLeavingNothing(dir, b -> b.annex("19", annex), annex + ": [1]: key \"子目\" missing: every row of"
                + " this annex has 章, 品目, 子目, 商品描述, 原产地标准, as row [0] does");
    }

    @Test
    void aCsvWithAWrongHeaderNamesLineOne(@TempDir Path dir) throws IOException {
        Path hs = Files.writeString(dir.resolve("harmonized-system.csv"), "code,description\n01,Animals; live\n");
        assertFailsLeavingNothing(dir, b -> b.hs(hs), hs + ": line 1: expected the header section,hscode,description,parent,level");
    }

    @Test
    void aBadRowOfAnHsCsvIsNamedInTheSourceFile(@TempDir Path dir) throws IOException {
        Path hs = Files.writeString(dir.resolve("hs.csv"), "section,hscode,description,parent,level\n"
                + "I,01,Animals; live,TOTAL,2\nI,010,Horses,01,4\n");
        assertFailsLeavingNothing(dir, b -> b.hs(hs), hs + ": line 3, column 2 (hscode)");
    }

    @Test
    void codesAreRestoredAndBadCodesNamed(@TempDir Path dir) throws IOException {
        Path annex = Files.writeString(dir.resolve("iceland.json"), """
                [{"章": 1, "品目": null, "产品描述": "活动物", "产品特定原产地规则": "完全获得"},
                 {"章": 3, "品目": null, "产品描述": " 鱼 ", "产品特定原产地规则": null},
                 {"章": 3, "品目": 301.0, "产品描述": "活鱼", "产品特定原产地规则": "完全获得"},
                 {"章": 3, "品目": 3.02, "产品描述": "鲜鱼", "产品特定原产地规则": "章改变"}]""");
        DataPack.builder().annex("16", annex).build(dir.resolve("ok"));
        assertThat(DataPack.load(dir.resolve("ok")).psrTable("16").orElseThrow().rows())
                .extracting(r -> r.hsCode() + " " + r.level() + " " + r.sourceRef())
                .containsExactly("01 CHAPTER iceland.json#[0]", "0301 HEADING iceland.json#[2]", "0302 HEADING iceland.json#[3]");
        // a file coo4j does not know is named by its file name, and the manifest says its provenance is the user's
        Table table = DataPack.load(dir.resolve("ok")).manifest().orElseThrow().table("psr/china-iceland/psr.csv").orElseThrow();
        assertThat(table.source().file()).isEqualTo("iceland.json");
        assertThat(table.source().commit()).isNull();
        assertThat(table.notes()).anyMatch(n -> n.contains("not one coo4j knows")).contains("1 row without a rule (captions) left out");

        // a heading stored as text that lost its trailing zero is the number it spells; more decimals than a code has
        // are read rounded and flagged, never silently
        Path decimals = Files.writeString(dir.resolve("decimals.json"), """
                [{"章": 38, "品目": "38.2", "产品描述": "杂项", "产品特定原产地规则": "品目改变"},
                 {"章": 3, "品目": 3.015, "产品描述": "活鱼", "产品特定原产地规则": "完全获得"}]""");
        DataPack.builder().annex("16", decimals).build(dir.resolve("rounded"));
        assertThat(DataPack.load(dir.resolve("rounded")).psrTable("16").orElseThrow().rows())
                .extracting(r -> r.hsCode() + " " + r.flag())
                .containsExactly("3820 ", "0302 SOURCE_CODE_ROUNDED: 3.015 read as 03.02");
        Path text = Files.writeString(dir.resolve("text.json"), """
                [{"章": 3, "品目": "3-01", "产品描述": "活鱼", "产品特定原产地规则": "完全获得"}]""");
        assertFailsLeavingNothing(dir, b -> b.annex("16", text), text + ": [0].品目: expected 4 digits or 01.01, found \"3-01\"");
    }

    /** A problem only the loader sees (a duplicate code) is traced back to the source row it was written from. */
    @Test
    void aDuplicateFoundOnLoadingNamesTheSourceRow(@TempDir Path dir) throws IOException {
        Path annex = Files.writeString(dir.resolve("iceland.json"), """
                [{"章": 3, "品目": 3.01, "产品描述": "活鱼", "产品特定原产地规则": "完全获得"},
                 {"章": 3, "品目": 3.02, "产品描述": "鲜鱼", "产品特定原产地规则": "章改变"},
                 {"章": 3, "品目": 3.01, "产品描述": "活鱼", "产品特定原产地规则": "章改变"}]""");
        assertFailsLeavingNothing(dir, b -> b.annex("16", annex), annex + ": [2] (written as psr/china-iceland/psr.csv"
                + " line 4, column 3 (hs_code)): duplicate code 0301");
    }

    @Test
    void aRepeatedSubheadingWhereTheAnnexHasNoneNamesBothRows(@TempDir Path dir) throws IOException {
        Path annex = Files.writeString(dir.resolve("peru.json"), """
                [{"品目": 1.01, "子目": 101.1, "产品特定原产地规则": "完全获得"},
                 {"品目": 1.01, "子目": 101.1, "产品特定原产地规则": "完全获得"}]""");
        assertFailsLeavingNothing(dir, b -> b.annex("12", annex), annex + ": [1].子目: subheading 010110 repeats row [0]");
    }

    @Test
    void anUnknownAgreementOrAFullFolderIsRefused(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> DataPack.builder().annex("02", dir.resolve("x.json")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("agreement 02")
                .hasMessageContaining("19, 12, 16, 15, 10");
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> DataPack.builder().hs(PublisherFiles.hs()).build(full))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exists and is not an empty folder");
        assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("mine");
        assertThatThrownBy(() -> DataPack.builder().build(dir.resolve("none"))).hasMessageContaining("nothing to build");
    }

    @Test
    void aCorrelationWorkbookIsReadThroughTheReaderGiven(@TempDir Path dir) throws IOException {
        WorkbookReader rows = rowsReader(Map.of("Conversion", List.of(), "Correlation HS17-HS12", List.of(
                List.of("Between"), List.of("HS 2017", "", " HS 2012", "Relationship"),
                List.of("010121", "", "010121", "1:1"), List.of("10130", "ex", "10130", "n:1"),
                List.of("010130", "", "010190", "n:1"), List.of("999999", "", "999999", "1:1"))));
        Path workbook = Files.writeString(dir.resolve("HS2017toHS2012.xlsx"), "the rows are the reader's");
        DataPack.builder().correlation(workbook).workbookReader(rows).build(dir.resolve("pack"));
        assertThat(dir.resolve("pack/hs-correlation/hs2017-hs2012.csv")).hasContent(
                "hs2017,hs2012,relationship,older_partial\n010121,010121,1:1,false\n010130,010130,n:1,true\n010130,010190,n:1,false\n");
        assertThat(dir.resolve("pack/hs-correlation/index.csv")).hasContent(
                "file,newer,older,pairs,source\nhs2017-hs2012.csv,HS2017,HS2012,3,\"UNSD: HS2017toHS2012.xlsx\"\n");
        HsCorrelation correlation = DataPack.load(dir.resolve("pack")).hsCorrelation().orElseThrow();
        assertThat(correlation.tables()).hasSize(1);
    }

    @Test
    void aBadCorrelationRowNamesSheetRowAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("w.xlsx"), "the rows are the reader's");
        WorkbookReader rows = rowsReader(Map.of("Correlation", List.of(List.of("HS 2022", "HS 2017", "Relationship"),
                List.of("010121", "010121", "1:1"), List.of("0101", "010129", "1:1"))));
        assertFailsLeavingNothing(dir, b -> b.correlation(dir.resolve("w.xlsx")).workbookReader(rows),
                dir.resolve("w.xlsx") + ": sheet \"Correlation\", row 3, column A: expected a subheading of six digits (010121),"
                        + " found \"0101\"");
        WorkbookReader relationship = rowsReader(Map.of("Correlation", List.of(List.of("HS 2022", "HS 2017", "Relationship"),
                List.of("010121", "010121", "1-1"))));
        assertFailsLeavingNothing(dir, b -> b.correlation(dir.resolve("w.xlsx")).workbookReader(relationship),
                "row 2, column C: expected a relationship 1:1, 1:n, n:1 or n:n, found \"1-1\"");
        // a 1:1 pair whose code has another partner: found on loading, named in the workbook
        WorkbookReader oneToOne = rowsReader(Map.of("Correlation", List.of(List.of("HS 2022", "HS 2017", "Relationship"),
                List.of("010121", "010121", "1:1"), List.of("010121", "010129", "n:n"))));
        assertFailsLeavingNothing(dir, b -> b.correlation(dir.resolve("w.xlsx")).workbookReader(oneToOne),
                "w.xlsx: sheet \"Correlation\", row 2 (written as hs-correlation/hs2022-hs2017.csv line 2, column 3"
                        + " (relationship)): 1:1, but 010121 has 2 partners");
    }

    @Test
    void withoutSdkExcelAWorkbookCannotBeRead(@TempDir Path dir) {
        assertFailsLeavingNothing(dir, b -> b.correlation(dir.resolve("HS2022toHS2017.xlsx")),
                "reading an Excel workbook needs sdk-excel (io.coo4j:sdk-excel) on the class path");
    }

    @Test
    void verifyNamesEveryFileThatDiffersFromTheManifest(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pack");
        PackManifest manifest = DataPack.builder().hs(PublisherFiles.hs()).districts(PublisherFiles.districts())
                .build(out);
        assertThat(manifest.verify(out)).isEmpty();
        Path hs = out.resolve(DataPack.HS2022_FILE);
        Files.writeString(hs, Files.readString(hs).replace("Animals; live", "Animals; alive"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.delete(out.resolve(DataPack.CUSTOMS_DISTRICTS_FILE));
        assertThat(manifest.verify(out)).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("hs2022/harmonized-system.csv: SHA-256 is ").contains("changed after the pack was built"),
                p -> assertThat(p).isEqualTo("customs/customs_coo_issuing_authorities.json: listed in pack.json but missing"),
                p -> assertThat(p).isEqualTo("notes.txt: in the pack but not listed in pack.json"));
        // loading refuses a pack that lacks a table its manifest lists
        assertThatThrownBy(() -> DataPack.load(out)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pack.json: tables[1].file: lists customs/customs_coo_issuing_authorities.json, which the"
                        + " pack lacks");
    }

    @Test
    void aMalformedManifestIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), "{\"format\": 1, \"tables\": [{\"file\": \"../secret\", \"kind\":"
                + " \"hs-nomenclature\", \"rows\": 1, \"sha256\": \"" + "0".repeat(64) + "\"}]}");
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pack.json: tables[0].file: expected a path inside the pack");
        Files.writeString(dir.resolve("pack.json"), "{\"format\": 2, \"tables\": []}");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("pack.json: format: format 2 is not one this coo4j reads");
    }

    private static void assertFailsLeavingNothing(Path dir, Consumer<DataPackBuilder> sources, String message) {
        List<String> before = siblings(dir);
        DataPackBuilder builder = DataPack.builder();
        sources.accept(builder);
        assertThatThrownBy(() -> builder.build(dir.resolve("pack"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
        assertThat(siblings(dir)).as("no pack and no partial folder left").isEqualTo(before);
    }

    private static List<String> siblings(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A workbook reader handing over the rows given per sheet (a stand-in for sdk-excel's). */
    private static WorkbookReader rowsReader(Map<String, List<List<String>>> sheets) {
        return file -> new WorkbookReader.OpenWorkbook() {
            @Override
            public List<String> sheetNames() {
                return sheets.keySet().stream().sorted().toList();
            }

            @Override
            public void forEachRow(String sheet, Consumer<WorkbookReader.SheetRow> rows) {
                List<List<String>> all = sheets.get(sheet);
                for (int i = 0; i < all.size(); i++) {
                    rows.accept(new WorkbookReader.SheetRow(i + 1, all.get(i)));
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
