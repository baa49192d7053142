package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.SharedData;
import io.coo4j.core.validation.RuleCatalog;
import io.coo4j.samples.cli.Coo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CooCliTest {
    record Run(int exit, String out, String err) {
    }

    static Run coo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Coo.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static final String E = GeneratedFiles.projectRoot().resolve("samples/certificates/E.json").toString();

    @Test
    void validatesASampleWithExitZero() {
        Run r = coo("validate", E, "--data", SharedData.folder().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("valid (0 error(s)");
        Run json = coo("validate", E, "--format", "json");
        assertThat(json.out()).startsWith("{\n  \"valid\": true,").contains("\"check\": \"HS_CODE_EXISTS\"");
    }

    @Test
    void anInvalidCertificateExitsOneWithCodesAndPaths(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, Files.readString(Path.of(E)).replace("\"851762\"", "\"85176\"").replace("\"seq\": 1", "\"seq\": 2"));
        Run r = coo("validate", f.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(Coo.INVALID);
        assertThat(r.out()).contains("\"code\": \"HS_CODE_FORMAT\"").contains("\"path\": \"goods[0].hsCode\"")
                .as("the rules per type run too").contains("\"code\": \"GOODS_SEQUENCE\"");
    }

    @Test
    void aUsersCriteriaListMakesTheValidatorCheckATypeItCouldNot(@TempDir Path dir) throws IOException {
        String s = GeneratedFiles.projectRoot().resolve("samples/certificates/S.json").toString();
        Path onlyPsr = Files.writeString(dir.resolve("criteria.json"), """
                {"description": "d", "source": "s", "entries": [{"type": "S", "grade": "OFFICIAL", "source": "the user's reading of the notes",
                  "verify": null, "criteria": [{"code": "PSR", "subCriteria": [], "auxiliary": "ANY", "importShare": "ANY",
                  "importShareMax": null, "destinations": []}]}]}
                """);
        assertThat(coo("validate", s).exit()).isZero();
        Run checked = coo("validate", s, "--criteria", onlyPsr.toString(), "--format", "json");
        assertThat(checked.exit()).isEqualTo(Coo.INVALID);
        assertThat(checked.out()).contains("\"code\": \"ORIGIN_CRITERION_NOT_ALLOWED\"");

        Path broken = Files.writeString(dir.resolve("broken.json"), Files.readString(onlyPsr).replace("\"S\"", "\"s\""));
        Run refused = coo("validate", s, "--criteria", broken.toString());
        assertThat(refused.exit()).isEqualTo(Coo.USAGE);
        assertThat(refused.err()).contains("entries[0].type").doesNotContain("\tat ");
    }

    @Test
    void hostileInputGivesOneLineOnStderrAndExitTwo(@TempDir Path dir) throws IOException {
        String[][] cases = {
                {"malformed.json", "{\"formatVersion\": 1, \"type\": "},
                {"wrongtype.json", Files.readString(Path.of(E)).replace("\"fobValue\": 1000.00", "\"fobValue\": \"12a\"")},
                {"unknown.json", Files.readString(Path.of(E)).replace("\"seq\": 1,", "\"seq\": 1, \"colour\": \"red\",")},
                {"huge.json", Files.readString(Path.of(E)).replace("\"marks\": \"N/M\"", "\"marks\": \"" + "M".repeat(10_000_000) + "\"")},
                {"deep.json", "[".repeat(200_000)},
                {"control.json", "{\"type\": \"E\u0000\"}"},
                {"binary.json", "\u0000\u0001\u00ff"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve(c[0]);
            Files.writeString(f, c[1]);
            Run r = coo("validate", f.toString());
            assertThat(r.exit()).as(c[0]).isEqualTo(Coo.USAGE);
            assertThat(r.err().strip().lines()).as(c[0] + ": " + r.err()).hasSize(1);
            assertThat(r.err()).as(c[0]).startsWith("coo: " + f).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().length()).as(c[0]).isLessThan(400);
        }
        assertThat(coo("validate", dir.resolve("missing.json").toString()).err()).contains("no such file");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThat(coo("frobnicate").exit()).isEqualTo(Coo.USAGE);
        assertThat(coo("validate", E, "--format", "yaml").exit()).isEqualTo(Coo.USAGE);
        assertThat(coo("validate").exit()).isEqualTo(Coo.USAGE);
    }

    @Test
    void typesListsEveryTypeAsJson() {
        Run r = coo("types", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"code\": \"RC\"").contains("\"agreement\": \"22\"").contains("\"selfPrint\": true");
    }

    @Test
    void hsLooksUpTheDataPack() {
        String data = SharedData.folder().toString();
        Run found = coo("hs", "8517.62", "--data", data, "--format", "json");
        assertThat(found.exit()).isZero();
        assertThat(found.out()).contains("\"level\": \"SUBHEADING\"").contains("\"parent\": \"8517\"");
        Run missing = coo("hs", "851763", "--data", data);
        assertThat(missing.exit()).isEqualTo(Coo.INVALID);
        assertThat(missing.out()).contains("nearest existing: 85.17");
        Run noPack = coo("hs", "8517", "--data", data + "/nope");
        assertThat(noPack.exit()).isEqualTo(Coo.USAGE);
        assertThat(coo("hs", "85x7", "--data", data).err()).contains("is not an HS code");
    }

    /** FORMATS.md: the pre-review example gives 33.33 % of the ex-factory price and 30.00 % of FOB. */
    @Test
    void prereviewAnswersWithTheShares(@TempDir Path dir) throws IOException {
        Path sample = GeneratedFiles.projectRoot().resolve("samples/prereview/wooden-chair.json");
        Run r = coo("prereview", sample.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"nonOriginatingShareOfExFactory\": 33.33").contains("\"nonOriginatingShareOfFob\": 30.00");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sample).replace("\"unitFobValue\": 100.00", "\"unitFobValue\": 80.00"));
        Run invalid = coo("prereview", bad.toString());
        assertThat(invalid.exit()).isEqualTo(Coo.INVALID);
        assertThat(invalid.out()).contains("PREREVIEW_FOB_BELOW_EX_FACTORY_PRICE at unitFobValue");
    }

    @Test
    void rvcAnswersAsFormatsMdSays() {
        Run r = coo("rvc", "--fob", "100", "--vnm", "55", "--agreement", "02", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"method\": \"BUILD_DOWN\"").contains("\"rvc\": 45.00").contains("\"threshold\": 40")
                .contains("\"passes\": true");
        Run without = coo("rvc", "--fob", "100", "--vnm", "55", "--format", "json");
        assertThat(without.out()).contains("\"threshold\": null").contains("\"passes\": null");
        assertThat(coo("rvc", "--fob", "100", "--vnm", "70", "--agreement", "02").exit()).isEqualTo(Coo.INVALID);
        Run bad = coo("rvc", "--fob", "12a", "--vnm", "1");
        assertThat(bad.exit()).isEqualTo(Coo.USAGE);
        assertThat(bad.err()).contains("expected a number").doesNotContain("Exception");
        assertThat(coo("rvc", "--fob", "100", "--vom", "1", "--method", "build-up", "--agreement", "02").err()).contains("BUILD_DOWN");
    }

    /** FORMATS.md: {@code { "number": "E194565009990001", "type": "E", "year": 2019, "serial": 1 }}. */
    @Test
    void numberCountsPerTypeAndYearInTheStore(@TempDir Path dir) {
        String store = dir.resolve("serials.log").toString();
        Run first = coo("number", "--type", "E", "--year", "2019", "--filing", "456500999", "--store", store, "--format", "json");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("""
                {
                  "number": "E194565009990001",
                  "type": "E",
                  "year": 2019,
                  "serial": 1
                }
                """);
        assertThat(coo("number", "--type", "E", "--year", "2019", "--credit-code", "91440300456500999G", "--store", store).out())
                .startsWith("E194565009990002");
        assertThat(coo("number", "--type", "RC", "--year", "2019", "--filing", "456500999", "--store", store).out())
                .startsWith("RC194565009990001");
        assertThat(coo("number", "--type", "E", "--year", "2019", "--filing", "45650099", "--store", store).exit()).isEqualTo(Coo.USAGE);
        assertThat(coo("number", "--type", "E", "--year", "2019", "--store", store).exit()).isEqualTo(Coo.USAGE);
    }

    /** Without a data pack Korea's annex is unknown: the answer says so and exits 1, never 2. */
    @Test
    void originWithoutThePackSaysWhatIsMissing() {
        String bom = GeneratedFiles.projectRoot().resolve("samples/origin/wooden-chair-korea.json").toString();
        Run r = coo("origin", bom, "--format", "json");
        assertThat(r.exit()).isEqualTo(Coo.INVALID);
        assertThat(r.out()).contains("\"agreement\": \"19\"").contains("\"outcome\": \"NOT_DETERMINED\"")
                .contains("\"rvc\": 70.00").contains("load the annex");
    }

    /** FORMATS.md's answer shape with the pack: the HS 2022 chair brought to HS 2012 (1:1), then row 9401.61 (#[7055]). */
    @Test
    void originUsesTheAnnexOfTheDataPack() {
        String data = SharedData.folder().toString();
        String bom = GeneratedFiles.projectRoot().resolve("samples/origin/wooden-chair-korea.json").toString();
        Run r = coo("origin", bom, "--data", data, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"outcome\": \"QUALIFIES\"").contains("\"criterion\": \"PSR\"")
                .contains("\"conditions\": []").contains("#[7055]").contains("\"test\": \"CTH\"")
                .contains("9401.61 (HS2022) corresponds in HS2012 to 9401.61 (1:1)");
        assertThat(coo("origin", bom, "--data", data).out()).contains("pass CTH").contains("pass HS");
    }

    /** RCEP, ASEAN and Ecuador have no annex in the pack: WO and PE decide, the rest is conditional or undetermined. */
    @Test
    void originWithoutAnAnnexNeverExitsTwo(@TempDir Path dir) throws IOException {
        String data = SharedData.folder().toString();
        for (String agreement : new String[] {"22", "02", "25"}) {
            Path fish = Files.writeString(dir.resolve("fish-" + agreement + ".json"), bill(agreement, "030389", true, "[]"));
            Run wo = coo("origin", fish.toString(), "--data", data);
            assertThat(wo.exit()).as(agreement).isZero();
            assertThat(wo.out()).contains("qualifies, criterion");
            Path chair = Files.writeString(dir.resolve("chair-" + agreement + ".json"), bill(agreement, "940161", false,
                    "[{\"hsCode\": \"440791\", \"value\": 30, \"originating\": false, \"originCountry\": \"RU\"}]"));
            Run other = coo("origin", chair.toString(), "--data", data, "--format", "json");
            assertThat(other.exit()).as(agreement).isEqualTo(Coo.INVALID);
            assertThat(other.out()).containsAnyOf("\"outcome\": \"QUALIFIES_IF\"", "\"outcome\": \"NOT_DETERMINED\"");
            Path pe = Files.writeString(dir.resolve("pe-" + agreement + ".json"), bill(agreement, "940161", false,
                    "[{\"hsCode\": \"440791\", \"value\": 30, \"originating\": true, \"originCountry\": \"CN\"}]"));
            assertThat(coo("origin", pe.toString(), "--data", data).exit()).as(agreement).isZero();
        }
        Path chair = dir.resolve("chair-02.json");
        assertThat(coo("origin", chair.toString(), "--data", data).out())
                .contains("qualifies, criterion ").contains("if no product-specific rule of agreement 02 covers 9401.61");
    }

    private static String bill(String agreement, String hs, boolean wholly, String materials) {
        return "{\"agreement\": \"" + agreement + "\", \"exportCountry\": \"CN\", \"importCountry\": \"SG\", \"product\": "
                + "{\"hsCode\": \"" + hs + "\", \"fobValue\": 100, \"exWorksPrice\": 90, \"whollyObtained\": " + wholly
                + "}, \"materials\": " + materials + "}";
    }

    /** {@code coo hs CODE --in EDITION}: the swivel chair's HS 2012 code, and the e-waste fan-out. */
    @Test
    void hsBringsACodeIntoAnotherEdition() {
        String data = SharedData.folder().toString();
        Run chair = coo("hs", "9401.31", "--in", "HS2012", "--data", data);
        assertThat(chair.exit()).isZero();
        assertThat(chair.out()).contains("9401.31 (HS2022) in HS2012: 1 candidate(s)").contains("9401.30  n:1")
                .contains("from hs2022-hs2012.csv");
        Run json = coo("hs", "940130", "--from", "HS2012", "--in", "HS2022", "--data", data, "--format", "json");
        assertThat(json.out()).contains("\"code\": \"940131\"").contains("\"code\": \"940139\"");
        assertThat(coo("hs", "999999", "--in", "HS2012", "--data", data).exit()).isEqualTo(Coo.INVALID);
        assertThat(coo("hs", "940131", "--in", "HS1996", "--data", data).err()).contains("no correlation tables connecting");
    }

    /** {@code coo psr}: the shape of the issue, every China–Korea row read, and the unreadable Peru row named. */
    @Test
    void psrReportsHowMuchOfAnAnnexParses() {
        String data = SharedData.folder().toString();
        Run korea = coo("psr", "--agreement", "19", "--data", data, "--format", "json");
        assertThat(korea.exit()).isZero();
        assertThat(korea.out()).contains("\"agreement\": \"19\"").contains("\"hsVersion\": \"HS2012\"")
                .contains("\"rows\": 5205").contains("\"parsed\": 5205").contains("\"skipped\": 0").contains("\"unparsed\": []");
        Run peru = coo("psr", "--agreement", "12", "--data", data);
        assertThat(peru.exit()).isEqualTo(Coo.INVALID);
        assertThat(peru.out()).contains("5061 rows, 5058 parsed, 2 skipped").contains("NOT READ 4707");
        Run none = coo("psr", "--agreement", "02", "--data", data);
        assertThat(none.exit()).isEqualTo(Coo.USAGE);
        assertThat(none.err()).contains("--agreement 02").contains("has no annex").doesNotContain("Exception");
    }

    @Test
    void demoDeclaresToAnEmbeddedSandboxAndWaitsForApproval() {
        Run r = coo("demo");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("valid, 0 violation(s)").contains("numbered it E254565009990001")
                .contains("receipt 3 0003 审核通过").contains("E254565009990001 is APPROVED")
                .contains("DELETE is not allowed in state APPROVED").contains("8. Self-printed original");
        Path pdf = Path.of(r.out().lines().filter(l -> l.startsWith("8.")).findFirst().orElseThrow().replaceAll(".*: ", ""));
        assertThat(pdf).exists();
        pdf.toFile().deleteOnExit();
    }

    @Test
    void ruleCatalogueInDocsIsWhatTheCodeSays() {
        Run r = coo("rules", "--format", "markdown");
        assertThat(r.out()).isEqualTo(RuleCatalog.markdown());
        GeneratedFiles.check("docs/rule-catalogue.md", r.out());
    }
}
