package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.samples.CooCliTest.Run;
import io.coo4j.samples.cli.Coo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coo tariff} (协定税率查询, 003) over a schedule built into a pack with {@code coo pack build --tariffs}. */
class TariffCliTest {
    /** Rates invented for this test: no agreement's schedule. */
    private static final String SCHEDULE = """
            importing_country,hs_code,year,rate,citation
            KR,851762,2026,0,fixture annex (invented)
            AU,85176200,2026,"1.5 AUD/unit",fixture annex (invented)
            """;

    @Test
    void answersFromTheUsersScheduleAndSaysWhenThereIsNone(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("rates.csv"), SCHEDULE.replace("AU,", "KR,").replace("85176200", "94016100"));
        Path pack = dir.resolve("pack");
        Run build = coo("pack", "build", "--out", pack.toString(), "--tariffs", "19=" + csv);
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).contains("tariffs/19.csv").contains("2 rows");
        assertThat(coo("pack", "verify", pack.toString()).exit()).isZero();

        Run found = coo("tariff", "--agreement", "19", "--country", "KR", "--hs", "85176200", "--year", "2026",
                "--data", pack.toString());
        assertThat(found.exit()).isZero();
        assertThat(found.out()).isEqualTo("found: 0 % ad valorem in the schedule of KR under 19 (China-Korea FTA) for 2026,"
                + " tariffs/19.csv line 2 (fixture annex (invented)); the schedule lists the line at 6 digits, 851762, whose"
                + " rate covers 85176200\n");
        Run words = coo("tariff", "--agreement", "19", "--country", "KR", "--hs", "9401.61.00", "--year", "2026",
                "--data", pack.toString(), "--format", "json");
        assertThat(words.out()).contains("\"outcome\": \"FOUND\"").contains("\"rate\": \"1.5 AUD/unit\"")
                .contains("\"adValorem\": null");

        Run notListed = coo("tariff", "--agreement", "19", "--country", "KR", "--hs", "030389", "--year", "2026",
                "--data", pack.toString());
        assertThat(notListed.exit()).isEqualTo(Coo.INVALID);
        assertThat(notListed.out()).startsWith("not listed: no line of the schedule of KR under 19");
        Run none = coo("tariff", "--agreement", "18", "--country", "AU", "--hs", "85176200", "--year", "2026",
                "--data", pack.toString());
        assertThat(none.exit()).isEqualTo(Coo.INVALID);
        assertThat(none.out()).startsWith("no schedule: the data pack has no schedule of AU under 18 (ChAFTA): rows of AU in"
                + " tariffs/18.csv");
        // Korea is no party of ChAFTA: the argument is named, and nothing is answered
        Run party = coo("tariff", "--agreement", "18", "--country", "KR", "--hs", "85176200", "--year", "2026",
                "--data", pack.toString());
        assertThat(party.exit()).isEqualTo(Coo.USAGE);
        assertThat(party.err()).isEqualTo("coo: importingCountry: \"KR\" is no importing party of 18 (ChAFTA): its"
                + " schedules are those of CN, AU\n");
    }

    @Test
    void aBadScheduleIsRefusedByTheBuildNamingItsRow(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("rates.csv"), SCHEDULE.replace("AU,", "Australia,"));
        Run r = coo("pack", "build", "--out", dir.resolve("pack").toString(), "--tariffs", "18=" + csv);
        assertThat(r.exit()).isEqualTo(Coo.USAGE);
        assertThat(r.err()).startsWith("coo: " + csv + ": line 3, column 1 (importing_country): expected the importing"
                + " party's ISO 3166-1 alpha-2 code");
        assertThat(coo("pack", "build", "--out", dir.resolve("pack").toString(), "--tariffs", "18").err())
                .contains("--tariffs: expected AGREEMENT=FILE");
    }
}
