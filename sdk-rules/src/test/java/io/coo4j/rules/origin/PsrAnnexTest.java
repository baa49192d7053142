package io.coo4j.rules.origin;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.internal.CsvReader;
import io.coo4j.core.testing.SharedData;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annexes of the shared data pack, read with the Chinese grammar. */
class PsrAnnexTest {
    private static DataPack pack;

    @BeforeAll
    static void load() {
        pack = DataPack.load(SharedData.folder());
    }

    static PsrAnnex annex(String agreement) {
        return PsrAnnex.parse(pack.psrTable(agreement).orElseThrow());
    }

    /** Every one of the 5,205 rows of China–Korea Annex 3-A becomes a rule; two are read through a reported correction. */
    @Test
    void everyKoreaRowParses() {
        PsrAnnex korea = annex("19");
        PsrCoverage c = korea.coverage();
        assertThat(c.hsVersion()).isEqualTo("HS2012");
        assertThat(c.rows()).isEqualTo(5205);
        assertThat(c.parsed()).isEqualTo(5205);
        assertThat(c.skipped()).isZero();
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.corrected()).extracting(PsrCoverage.Corrected::hsCode).containsExactly("520710", "520790");
        assertThat(korea.entryFor("520710").orElseThrow().rule())
                .hasToString("CTH except 52.05, 52.06 or RVC(40)");
        assertThat(korea.listsEverySubheading()).isTrue();
        assertThat(korea.existsInEdition("870321")).isTrue();
        assertThat(korea.existsInEdition("852411")).as("an HS 2022 subheading").isFalse();
    }

    /** Coverage of the other complete annexes; rows flagged by the pack are skipped and counted, never read. */
    @ParameterizedTest(name = "agreement {0}")
    @CsvSource({"12, HS2007, 5061, 5058, 2, 4707", "16, HS2012, 546, 546, 0, ''", "15, HS2007, 2672, 2425, 246, 4103",
            "10, HS2012, 633, 0, 633, ''"})
    void coverageOfTheOtherAnnexes(String agreement, String version, int rows, int parsed, int skipped, String unparsed) {
        PsrCoverage c = annex(agreement).coverage();
        assertThat(c.hsVersion()).isEqualTo(version);
        assertThat(c.rows()).isEqualTo(rows);
        assertThat(c.parsed()).isEqualTo(parsed);
        assertThat(c.skipped()).isEqualTo(skipped);
        assertThat(c.unparsed()).extracting(PsrCoverage.Unparsed::hsCode)
                .containsExactlyElementsOf(unparsed.isEmpty() ? List.of() : List.of(unparsed));
        assertThat(c.rows()).isEqualTo(c.parsed() + c.skipped() + c.unparsed().size());
    }

    /** Peru's 5,052 subheadings are HS 2007's, the two flagged rows included: the annex tells which codes exist. */
    @Test
    void aCompleteAnnexKnowsItsEdition() {
        PsrAnnex peru = annex("12");
        assertThat(peru.listsEverySubheading()).isTrue();
        assertThat(peru.existsInEdition("852110")).as("a flagged row is still a code of the edition").isTrue();
        assertThat(peru.existsInEdition("030411")).as("HS 2007 only").isTrue();
        assertThat(annex("16").listsEverySubheading()).as("Iceland lists chapters and headings").isFalse();
    }

    /** A row whose text names another code than its own is refused, as the pack's SUSPECT_FORWARD_FILL rows would be. */
    @Test
    void aRuleNamingAnotherCodeIsRefused() {
        var table = pack.psrTable("15").orElseThrow();
        var flagged = table.rows().stream().filter(r -> r.hsCode().equals("1108")).findFirst().orElseThrow();
        var unflagged = new io.coo4j.core.data.PsrRow(flagged.hsCode(), flagged.level(), flagged.hsVersion(), flagged.ruleText(),
                flagged.descriptionZh(), "", flagged.sourceRef(), flagged.line());
        PsrAnnex read = PsrAnnex.parse(new io.coo4j.core.data.PsrTable("15", table.name(), table.folder(), table.hsVersions(),
                table.hsVersionBasis(), table.completeness(), List.of(unflagged)));
        assertThat(read.coverage().unparsed()).singleElement().extracting(PsrCoverage.Unparsed::reason).asString()
                .contains("names 11.07").contains("the row is 11.08");
    }

    /**
     * HS 8703.21 across the annexes agrees with the English text of the ITC Rules of Origin Facilitator snapshot
     * ({@code psr/itc-facilitator-8703-snapshot/psr_8703.csv}, its {@code itc_roo_code}).
     */
    @ParameterizedTest(name = "agreement {0} ({1})")
    @CsvSource({"19, CN-KR FTA", "12, CN-PE FTA", "16, CN-IS FTA", "15, CN-CR FTA"})
    void passengerCarRulesAgreeWithTheItcSnapshot(String agreement, String itcName) {
        Path file = SharedData.folder().resolve("psr/itc-facilitator-8703-snapshot/psr_8703.csv");
        Map<String, String> itc = CsvReader.readFile(file, 1 << 20, csv -> {
            List<String> header = csv.next();
            Map<String, String> codes = new HashMap<>();
            for (List<String> row = csv.nextRecord(header.size()); row != null; row = csv.nextRecord(header.size())) {
                codes.put(row.get(header.indexOf("agreement")), row.get(header.indexOf("itc_roo_code")));
            }
            return codes;
        });
        OriginRule expected = OriginRules.parse(itc.get(itcName).replaceAll("RVC (\\d+)%", "RVC($1)"));
        assertThat(annex(agreement).entryFor("870321").orElseThrow().rule()).isEqualTo(expected);
    }
}
