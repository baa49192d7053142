package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.TariffAnswer.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 协定税率查询 (003: "查询某项商品在某两国之间的协定税率") over a schedule the user puts in the pack. The fixture's rates
 * are invented for these tests: they are no agreement's schedule.
 */
class TariffRatesTest {
    static final String FIXTURE = """
            importing_country,hs_code,year,rate,citation
            KR,851762,2025,1.5,fixture annex A (invented)
            KR,851762,2026,0,fixture annex A (invented)
            KR,85171300,2026,2.4,fixture annex A (invented)
            KR,0303891010,2026,8.5,fixture annex B (invented)
            KR,0303891020,2026,"10% or 1,000 won/kg, whichever is greater",fixture annex B (invented)
            CN,851762,2026,0,fixture announcement C (invented)
            CN,940161,2026,3.5元/千克,fixture announcement C (invented)
            """;

    static DataPack pack(Path dir, String schedule) throws IOException {
        Files.createDirectories(dir.resolve("tariffs"));
        Files.writeString(dir.resolve("tariffs/19.csv"), schedule);
        return DataPack.load(dir);
    }

    @Test
    void aLineOfTheImportersScheduleGivesTheRateAndItsCitation(@TempDir Path dir) throws IOException {
        TariffRates rates = TariffRates.of(pack(dir, FIXTURE));
        TariffAnswer exact = rates.rate("19", "KR", "8517.13.00", 2026);
        assertThat(exact.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(exact.line().adValoremPercent()).contains(new BigDecimal("2.4"));
        assertThat(exact.line().citation()).isEqualTo("fixture annex A (invented)");
        assertThat(exact.matchedAtShorterLevel()).isFalse();
        assertThat(exact.explanation()).isEqualTo("2.4 % ad valorem in the schedule of KR under 19 (China-Korea FTA) for 2026,"
                + " tariffs/19.csv line 4 (fixture annex A (invented))");
        // the schedule's line at six digits covers the eight-digit code, and the answer says so
        TariffAnswer shorter = rates.rate("19", "KR", "85176200", 2026);
        assertThat(shorter.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(shorter.line().hsCode()).isEqualTo("851762");
        assertThat(shorter.matchedAtShorterLevel()).isTrue();
        assertThat(shorter.explanation()).endsWith("the schedule lists the line at 6 digits, 851762, whose rate covers 85176200");
        assertThat(rates.rate("19", "KR", "85176200", 2025).line().rate()).isEqualTo("1.5");
        // the other party's schedule is its own: China's line, not Korea's
        assertThat(rates.rate("19", "CN", "851762", 2026).line().citation()).isEqualTo("fixture announcement C (invented)");
    }

    @Test
    void aRateInWordsIsKeptVerbatimAndIsNoNumber(@TempDir Path dir) throws IOException {
        TariffRates rates = TariffRates.of(pack(dir, FIXTURE));
        TariffLine compound = rates.rate("19", "KR", "0303891020", 2026).line();
        assertThat(compound.rate()).isEqualTo("10% or 1,000 won/kg, whichever is greater");
        assertThat(compound.adValoremPercent()).isEmpty();
        TariffLine specific = rates.rate("19", "CN", "94016100", 2026).line();
        assertThat(specific.rate()).isEqualTo("3.5元/千克");
        assertThat(specific.adValoremPercent()).isEmpty();
        assertThat(rates.rate("19", "KR", "851762", 2026).line().adValoremPercent()).contains(BigDecimal.ZERO);
    }

    @Test
    void aCodeTheScheduleLacksIsNotListedNeverADefault(@TempDir Path dir) throws IOException {
        TariffRates rates = TariffRates.of(pack(dir, FIXTURE));
        TariffAnswer absent = rates.rate("19", "KR", "940161", 2026);
        assertThat(absent.outcome()).isEqualTo(Outcome.NOT_LISTED);
        assertThat(absent.line()).isNull();
        assertThat(absent.explanation()).isEqualTo("no line of the schedule of KR under 19 (China-Korea FTA) covers 940161 in 2026"
                + " (tariffs/19.csv)");
        // the schedule splits the code further: the full code is needed, no line is picked
        TariffAnswer split = rates.rate("19", "KR", "03038910", 2026);
        assertThat(split.outcome()).isEqualTo(Outcome.NOT_LISTED);
        assertThat(split.explanation()).endsWith("it lists lines under it at more digits (0303891010, 0303891020): ask for"
                + " the full code");
        assertThat(rates.rate("19", "KR", "85171300", 2025).explanation()).endsWith("; it lists the code for 2026");
    }

    @Test
    void withoutTheScheduleTheAnswerNamesTheFileThatWouldSupplyIt(@TempDir Path dir) throws IOException {
        TariffAnswer none = TariffRates.of(DataPack.empty()).rate("18", "AU", "85176200", 2026);
        assertThat(none.outcome()).isEqualTo(Outcome.NO_SCHEDULE);
        assertThat(none.file()).isEqualTo("tariffs/18.csv");
        assertThat(none.explanation()).isEqualTo("the data pack has no schedule of AU under 18 (ChAFTA): rows of AU in"
                + " tariffs/18.csv (importing_country,hs_code,year,rate,citation) would supply it, copied from the schedule"
                + " the agreement or the customs announcement publishes; coo4j ships no rates");
        TariffRates rates = TariffRates.of(pack(dir, FIXTURE));
        assertThat(rates.rate("18", "AU", "851762", 2026).outcome()).isEqualTo(Outcome.NO_SCHEDULE);
        TariffAnswer year = rates.rate("19", "KR", "851762", 2030);
        assertThat(year.outcome()).isEqualTo(Outcome.NO_SCHEDULE);
        assertThat(year.explanation()).isEqualTo("tariffs/19.csv lists the schedule of KR under 19 (China-Korea FTA) for"
                + " 2025–2026, not for 2030: rows of 2030 would supply it");
    }

    @Test
    void badArgumentsAreNamed(@TempDir Path dir) throws IOException {
        TariffRates rates = TariffRates.of(pack(dir, FIXTURE));
        assertThatThrownBy(() -> rates.rate("99", "KR", "851762", 2026)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("agreement: \"99\" is no agreement code coo4j knows: 01, 02");
        assertThatThrownBy(() -> rates.rate("18", "KR", "85176200", 2026)).isInstanceOf(InvalidInputException.class)
                .hasMessage("importingCountry: \"KR\" is no importing party of 18 (ChAFTA): its schedules are those of CN, AU");
        // the special preferential treatment of least developed countries is China's alone
        assertThatThrownBy(() -> rates.rate("13", "BD", "851762", 2026)).hasMessageStartingWith("importingCountry: ")
                .hasMessageEndingWith("CN only (China's preference; the others grant none under it)");
        assertThatThrownBy(() -> rates.rate("19", "KR", "8517", 2026)).hasMessageStartingWith("hsCode: ");
        assertThatThrownBy(() -> rates.rate("19", "KR", "851762", 2010))
                .hasMessage("year: KR applies 19 (China-Korea FTA) since 2015-12-20: it has no schedule in 2010");
        assertThatThrownBy(() -> rates.rate("19", "KR", "851762", 26)).hasMessageStartingWith("year: 26 is no year");
    }
}
