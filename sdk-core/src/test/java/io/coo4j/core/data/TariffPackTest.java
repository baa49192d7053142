package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pack's {@code tariffs/} table: every row checked on loading, built and verified like the other tables. */
class TariffPackTest {
    private static final String HEADER = "importing_country,hs_code,year,rate,citation\n";

    @Test
    void loadsTheScheduleRowByRow(@TempDir Path dir) throws IOException {
        TariffSchedule s = TariffRatesTest.pack(dir, TariffRatesTest.FIXTURE).tariffSchedule("19").orElseThrow();
        assertThat(s.file()).isEqualTo("tariffs/19.csv");
        assertThat(s.lines()).hasSize(7).extracting(TariffLine::line).startsWith(2, 3);
        assertThat(DataPack.load(dir).tariffSchedule("18")).isEmpty();
        assertThat(DataPack.empty().tariffSchedules()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kr,851762,2026,0,x | line 2, column 1 (importing_country): expected the importing party's ISO 3166-1 alpha-2 code",
        "XK,851762,2026,0,x | line 2, column 1 (importing_country)",
        "KR,8517.62,2026,0,x | line 2, column 2 (hs_code): expected 6, 8 or 10 digits",
        "KR,8517,2026,0,x | line 2, column 2 (hs_code)",
        "KR,851762,26,0,x | line 2, column 3 (year): expected a year of four digits",
        "KR,851762,2026,6.5%,x | line 2, column 4 (rate): expected an ad valorem rate as a plain decimal percentage",
        "KR,851762,2026,'6,5',x | line 2, column 4 (rate)",
        "KR,851762,2026,-1,x | line 2, column 4 (rate)",
        "KR,851762,2026,,x | line 2, column 4 (rate)",
        "KR,851762,2026,0, | line 2, column 5 (citation): required",
        "KR,851762,2026,0 | line 2, column 4 (record): expected 5 fields, found 4",
    })
    void aBadRowNamesFileLineAndColumn(String row, String message, @TempDir Path dir) throws IOException {
        String csv = HEADER + row.replace("'", "\"") + "\n";
        assertThatThrownBy(() -> TariffRatesTest.pack(dir, csv)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("tariffs/19.csv") + ": " + message);
    }

    @Test
    void duplicatesNestedLinesAndStrayFilesAreRefused(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> TariffRatesTest.pack(dir, HEADER + "KR,851762,2026,0,x\nKR,851762,2026,1,y\n"))
                .hasMessageEndingWith("line 3, column 2 (hs_code): duplicate line 851762 for KR in 2026 (first on line 2)");
        // another year, another importer: no duplicate
        assertThat(TariffRatesTest.pack(dir, HEADER + "KR,851762,2026,0,x\nKR,851762,2027,0,x\nCN,851762,2026,0,x\n")
                .tariffSchedule("19").orElseThrow().lines()).hasSize(3);
        assertThatThrownBy(() -> TariffRatesTest.pack(dir, HEADER + "KR,851762,2026,0,x\nKR,8517620010,2026,1,y\n"))
                .hasMessageEndingWith("line 3, column 2 (hs_code): line 8517620010 lies within 851762 (line 2) for KR in"
                        + " 2026: a schedule's lines do not nest, so list each line at one precision");
        assertThatThrownBy(() -> TariffRatesTest.pack(dir, HEADER)).hasMessageEndingWith("no rates: the file has a header only");
        assertThatThrownBy(() -> TariffRatesTest.pack(dir, "hs_code,rate\n851762,0\n")).hasMessageContaining("line 1: expected"
                + " the header importing_country,hs_code,year,rate,citation");
        Files.writeString(dir.resolve("tariffs/19.csv"), HEADER + "KR,851762,2026,0,x\n");
        Files.writeString(dir.resolve("tariffs/korea.csv"), HEADER);
        assertThatThrownBy(() -> DataPack.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessage(dir.resolve("tariffs/korea.csv") + ": not a tariff schedule: the folder tariffs/ holds"
                        + " <agreement>.csv files only, named by the agreement's two-digit code (19.csv)");
        Files.delete(dir.resolve("tariffs/korea.csv"));
        Files.delete(dir.resolve("tariffs/19.csv"));
        Files.delete(dir.resolve("tariffs"));
        Files.writeString(dir.resolve("tariffs"), "a file, not a folder");
        assertThatThrownBy(() -> DataPack.load(dir)).hasMessageContaining("expected a folder of tariff schedules");
    }

    @Test
    void theBuilderCopiesAUsersScheduleListsItAndVerifies(@TempDir Path dir) throws IOException {
        Path schedule = Files.writeString(dir.resolve("my-korea-rates.csv"), TariffRatesTest.FIXTURE);
        Path out = dir.resolve("pack");
        PackManifest manifest = DataPack.builder().tariffs("19", schedule).build(out);
        PackManifest.Table t = manifest.table("tariffs/19.csv").orElseThrow();
        assertThat(t.kind()).isEqualTo("tariff-schedule");
        assertThat(t.rows()).isEqualTo(7);
        assertThat(t.source().file()).isEqualTo("my-korea-rates.csv");
        assertThat(t.notes()).singleElement().asString().contains("its provenance is the user's");
        assertThat(out.resolve("tariffs/19.csv")).hasContent(TariffRatesTest.FIXTURE.stripTrailing());
        assertThat(manifest.verify(out)).isEmpty();
        assertThat(DataPack.load(out).tariffSchedule("19").orElseThrow().lines()).hasSize(7);
        Files.writeString(out.resolve("tariffs/19.csv"), TariffRatesTest.FIXTURE.replace("2.4", "2.5"));
        assertThat(manifest.verify(out)).singleElement().asString().startsWith("tariffs/19.csv: SHA-256 is ");
    }

    @Test
    void aBadRowOfAUsersScheduleIsNamedInTheUsersFileAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path schedule = Files.writeString(dir.resolve("rates.csv"), HEADER + "KR,851762,2026,0,x\nKR,851762,2026,5 %,y\n");
        assertThatThrownBy(() -> DataPack.builder().tariffs("19", schedule).build(dir.resolve("pack")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(schedule + ": line 3, column 4 (rate): expected an ad valorem rate");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("rates.csv"));
        }
        assertThatThrownBy(() -> DataPack.builder().tariffs("9", schedule)).hasMessageContaining("two-digit code");
        assertThatThrownBy(() -> DataPack.builder().tariffs("19", schedule).tariffs("19", schedule))
                .hasMessageContaining("two tariff schedules given");
    }
}
