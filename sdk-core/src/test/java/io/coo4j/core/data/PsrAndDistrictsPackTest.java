package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.core.testing.SharedData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsrAndDistrictsPackTest {
    private static final String INDEX = "folder,agreement_code,agreement,hs_version,hs_version_basis,completeness\n";
    private static final String HEADER = "agreement,hs_version,hs_code,level,rule_text,source_ref,description_zh,flag\n";
    private static final String KOREA = "china-korea,19,China–Korea FTA,HS2012,stated,complete\n";

    @Test
    void loadsEveryAnnexAndTheDistrictsOfTheSharedData() {
        DataPack pack = DataPack.load(SharedData.folder());
        // psr/README.md: the row counts of each annex
        assertThat(pack.psrTables().keySet()).containsExactly("19", "12", "16", "15", "10");
        PsrTable korea = pack.psrTable("19").orElseThrow();
        assertThat(korea.hsVersion()).isEqualTo("HS2012");
        assertThat(korea.rows()).hasSize(5205).allMatch(r -> r.level() == HsLevel.SUBHEADING && !r.flagged());
        assertThat(korea.rows().get(0)).satisfies(r -> {
            assertThat(r.hsCode()).isEqualTo("010121");
            assertThat(r.ruleText()).isEqualTo("完全获得");
            assertThat(r.line()).isEqualTo(2);
        });
        assertThat(pack.psrTable("12").orElseThrow().rows()).hasSize(5061);
        assertThat(pack.psrTable("16").orElseThrow().rows()).hasSize(546).allMatch(r -> r.hsVersion().equals("HS2012"));
        PsrTable costaRica = pack.psrTable("15").orElseThrow();
        assertThat(costaRica.rows()).hasSize(2672);
        assertThat(costaRica.rows().stream().filter(PsrRow::flagged)).hasSize(246);
        assertThat(pack.psrTable("10").orElseThrow().hsVersions()).containsExactly("HS2007", "HS2012");

        CustomsDistricts districts = pack.customsDistricts().orElseThrow();
        assertThat(districts.size()).isEqualTo(1399);
        assertThat(districts.find("0100").orElseThrow().applicationAddress()).isEqualTo("BEIJING, CHINA");
        // the overrides file gives 首都机场海关 the address the main file leaves empty
        assertThat(districts.find("0101").orElseThrow().applicationAddress()).isEqualTo("BEIJING, CHINA");
        assertThat(districts.exists("9999")).isFalse();
    }

    @Test
    void aPackWithoutTheTablesHasNone(@TempDir Path dir) {
        DataPack pack = DataPack.load(dir);
        assertThat(pack.psrTables()).isEmpty();
        assertThat(pack.psrTable("19")).isEmpty();
        assertThat(pack.customsDistricts()).isEmpty();
    }

    @Test
    void aTruncatedAnnexNamesItsLine(@TempDir Path dir) throws IOException {
        annex(dir, KOREA, HEADER + "CN-KR FTA,HS2012,010121,subheading,完全获得,ref,改良种用,\nCN-KR FTA,HS2012,0101");
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("china-korea").hasMessageContaining("line 3").hasMessageContaining("expected 8 fields");
    }

    @Test
    void aWrongHeaderIsNamed(@TempDir Path dir) throws IOException {
        annex(dir, KOREA, "hs_code,rule\n010121,完全获得\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("psr.csv").hasMessageContaining("line 1")
                .hasMessageContaining("expected the header");
        annex(dir, "folder,agreement\nchina-korea,19\n", HEADER);
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("index.csv").hasMessageContaining("line 1");
    }

    @Test
    void aDuplicateCodeNamesBothLinesUnlessTheCopyIsFlagged(@TempDir Path dir) throws IOException {
        String row = "CN-KR FTA,HS2012,010121,subheading,完全获得,ref,改良种用,";
        annex(dir, KOREA, HEADER + row + "\n" + row + "\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("line 3, column 3 (hs_code)")
                .hasMessageContaining("duplicate code 010121").hasMessageContaining("first on line 2");
        annex(dir, KOREA, HEADER + row + "\n" + row + "SUSPECT\n");
        assertThat(DataPack.load(dir).psrTable("19").orElseThrow().rows()).hasSize(2);
    }

    @Test
    void anUnknownHsVersionIsNamed(@TempDir Path dir) throws IOException {
        annex(dir, "china-korea,19,China–Korea FTA,HS2013,stated,complete\n", HEADER);
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("index.csv")
                .hasMessageContaining("line 2, column 4 (hs_version)").hasMessageContaining("unknown HS version \"HS2013\"");
        annex(dir, KOREA, HEADER + "CN-KR FTA,HS2022,010121,subheading,完全获得,ref,改良种用,\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("line 2, column 2 (hs_version)")
                .hasMessageContaining("not the version the index declares");
    }

    @Test
    void badRowsAreNamed(@TempDir Path dir) throws IOException {
        annex(dir, KOREA, HEADER + "CN-KR FTA,HS2012,01012,subheading,完全获得,ref,,\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("column 3 (hs_code)");
        annex(dir, KOREA, HEADER + "CN-KR FTA,HS2012,010121,item,完全获得,ref,,\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("column 4 (level)");
        annex(dir, KOREA, HEADER + "CN-KR FTA,HS2012,010121,subheading, ,ref,,\n");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("column 5 (rule_text)");
        annex(dir, "../etc,19,x,HS2012,stated,complete\n", HEADER);
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("column 1 (folder)");
        annex(dir, "china-peru,12,x,HS2007,stated,complete\n", HEADER);
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("china-peru").hasMessageContaining("does not exist");
    }

    @Test
    void garbageIsRefusedWithoutReadingItAll(@TempDir Path dir) throws IOException {
        annex(dir, KOREA, "");
        Path table = dir.resolve("psr/china-korea/psr.csv");
        try (RandomAccessFile raf = new RandomAccessFile(table.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("psr.csv").hasMessageContaining("bytes");
        Files.write(table, new byte[] {(byte) 0xc3, 0x28, 0, 1});
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("psr.csv").hasMessageContaining("UTF-8");
    }

    @Test
    void badDistrictsAreNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve(DataPack.CUSTOMS_DISTRICTS_FILE);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{\"entries\":[{\"code\":\"0100\",\"name\":\"北京关区\",\"applicationAddress\":\"BEIJING, CHINA\","
                + "\"abbreviationName\":\"北京关区\",\"aliases\":[]},{\"code\":\"01\",\"name\":\"x\",\"applicationAddress\":\"\","
                + "\"abbreviationName\":\"x\",\"aliases\":[]}]}");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("entries[1].code").hasMessageContaining("4 digits or capitals");
        Files.writeString(f, "{\"entries\":[{\"code\":\"0100\",\"name\":\"北京关区\",\"applicationAddress\":\"\","
                + "\"abbreviationName\":\"x\",\"aliases\":[],\"extra\":1}]}");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("extra");
        Files.writeString(f, "{\"entries\":[{\"code\":\"0100\",\"name\":\"北京关区\",\"applicationAddress\":\"\","
                + "\"abbreviationName\":\"x\",\"aliases\":[]}]}");
        Files.writeString(dir.resolve(DataPack.CUSTOMS_DISTRICTS_FILE.replace(".json", ".address_overrides.json")),
                "{\"entries\":[{\"code\":\"0200\",\"name\":\"天津关区\",\"applicationAddress\":\"TIANJIN, CHINA\","
                        + "\"abbreviationName\":\"x\",\"aliases\":[]}]}");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("address_overrides")
                .hasMessageContaining("0200 is not in");
    }

    private static void annex(Path dir, String indexRows, String table) throws IOException {
        Path index = dir.resolve(DataPack.PSR_INDEX_FILE);
        Files.createDirectories(index.getParent());
        Files.writeString(index, indexRows.startsWith("folder,") ? indexRows : INDEX + indexRows);
        Path t = dir.resolve("psr/china-korea/psr.csv");
        Files.createDirectories(t.getParent());
        Files.writeString(t, table);
    }
}
