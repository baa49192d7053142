package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginCriteriaTest {
    /** 001 §1.4: China–ASEAN's criteria are WO, PE, PSR (with RVC / CTC / PROCESS) and CTH, or none. */
    @Test
    void listsChinaAseanCriteriaWithoutTheEmptyOne() {
        assertThat(OriginCriteria.defaults().codes("E")).containsExactly("WO", "PE", "PSR", "CTH");
        assertThat(OriginCriteria.defaults().subCriteria("E")).containsExactly("RVC", "CTC", "PROCESS");
    }

    @Test
    void aTypeWithoutAConfirmedListHasNone() {
        assertThat(OriginCriteria.defaults().codes("C")).isEmpty();
        assertThat(OriginCriteria.defaults().subCriteria("G")).isEmpty();
        assertThat(OriginCriteria.defaults().codes("NOPE")).isEmpty();
    }

    private static final String SWITZERLAND = """
            {"description": "a user's list from the China-Switzerland certificate notes", "source": "the form's notes",
             "entries": [{"type": "S", "grade": "OFFICIAL", "source": "China-Switzerland certificate notes, box 8 (as the user read them)",
               "verify": null, "criteria": [
                 {"code": "WO", "subCriteria": [], "auxiliary": "ANY", "importShare": "ANY", "importShareMax": null, "destinations": []},
                 {"code": "PSR", "subCriteria": [], "auxiliary": "ANY", "importShare": "ANY", "importShareMax": null, "destinations": []}]}]}
            """;

    @TempDir
    Path dir;

    /** A type coo4j has no list for is checked once the user supplies one; the other types keep the built-in lists. */
    @Test
    void aUsersListForATypeWithoutOneIsCheckedByTheValidator() throws IOException {
        OriginCriteria table = OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("criteria.json"), SWITZERLAND));
        assertThat(table.covers("S")).isTrue();
        assertThat(table.codes("S")).containsExactly("WO", "PSR");
        assertThat(table.codes("E")).isEqualTo(OriginCriteria.defaults().codes("E"));

        CertificateValidator validator = CertificateValidator.create(ReferenceData.defaults(), DataPack.empty(), table);
        Certificate wrong = CertificateValidatorTest.line0(CertificateValidatorTest.sample("S"), g -> g.originCriterion("CTH"));
        ValidationReport r = validator.validate(wrong);
        assertThat(r.has("ORIGIN_CRITERION_NOT_ALLOWED", "goods[0].originCriterion")).isTrue();
        assertThat(r.notChecked()).extracting(n -> n.check()).doesNotContain(CertificateValidator.ORIGIN_CRITERION_SET);
        assertThat(CertificateValidator.defaults().validate(wrong).notChecked()).extracting(n -> n.check())
                .contains(CertificateValidator.ORIGIN_CRITERION_SET);
    }

    @Test
    void aBadListIsRefusedWholeNamingTheRowAndTheRule() throws IOException {
        String twice = SWITZERLAND.replace("\"PSR\"", "\"WO\"");
        assertThatThrownBy(() -> OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("twice.json"), twice)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entries[0].criteria[1].code").hasMessageContaining("listed twice");
        String lowerCase = SWITZERLAND.replace("\"type\": \"S\"", "\"type\": \"s\"");
        assertThatThrownBy(() -> OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("lower.json"), lowerCase)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("entries[0].type");
        String unknownField = SWITZERLAND.replace("\"verify\": null", "\"verfy\": null");
        assertThatThrownBy(() -> OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("typo.json"), unknownField)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("verfy");
        String percentWithoutBound = SWITZERLAND.replace("\"auxiliary\": \"ANY\", \"importShare\": \"ANY\", \"importShareMax\": null, \"destinations\": []}]}]}",
                "\"auxiliary\": \"PERCENT_AT_LEAST\", \"importShare\": \"ANY\", \"importShareMax\": null, \"destinations\": []}]}]}");
        assertThatThrownBy(() -> OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("bound.json"), percentWithoutBound)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("auxiliaryMin");
        String ungraded = SWITZERLAND.replace("\"grade\": \"OFFICIAL\", ", "");
        assertThatThrownBy(() -> OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("ungraded.json"), ungraded)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("entries[0].grade");
    }

    /** A list from third-party form notes only warns: an unknown criterion is reported, and the certificate stays valid. */
    @Test
    void aListThatIsNotAuthoritativeOnlyWarns() throws IOException {
        OriginCriteria table = OriginCriteria.defaults().withOverrides(Files.writeString(dir.resolve("peer.json"),
                SWITZERLAND.replace("\"grade\": \"OFFICIAL\"", "\"grade\": \"PEER\"")));
        Certificate wrong = CertificateValidatorTest.line0(CertificateValidatorTest.sample("S"), g -> g.originCriterion("CTH"));
        ValidationReport lenient = CertificateValidator.create(ReferenceData.defaults(), DataPack.empty(), table).validate(wrong);
        assertThat(lenient.withCode("ORIGIN_CRITERION_NOT_ALLOWED")).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(io.coo4j.core.validation.Severity.WARNING));
        assertThat(lenient.valid()).isTrue();
        ValidationReport strict = CertificateValidator.builder().criteria(table).strict(true).build().validate(wrong);
        assertThat(strict.valid()).as("strict validation blocks on a PEER list").isFalse();
    }
}
