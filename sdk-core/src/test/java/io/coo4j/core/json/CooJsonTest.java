package io.coo4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Party;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import io.coo4j.core.validation.FieldRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooJsonTest {
    private static final CooJson JSON = CooJson.strict();

    static Certificate certificate() {
        return Certificate.builder().type("E").number("E254565009990001").invoiceDate(LocalDate.of(2025, 10, 1))
                .exporter(Party.of("A CO., LTD.", "NO.1 ROAD", "CN")).destinationCountry("SG")
                .addGoods(GoodsItem.builder().seq(1).hsCode("851762").fobValue(new BigDecimal("1000.00"))
                        .importContentPercent(new BigDecimal("35")).build())
                .build();
    }

    static String withGoodsField(String field, String rawValue) {
        return JSON.write(certificate()).replace("\"fobValue\": 1000.00", "\"fobValue\": 1000.00, \"" + field + "\": " + rawValue);
    }

    private static InvalidInputException readFails(String json) {
        try {
            JSON.readCertificate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "in.json");
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidInputException for " + json.substring(0, Math.min(200, json.length())));
    }

    @Test
    void writesEveryFieldCanonicallyAndReadsItBack() {
        String text = JSON.write(certificate());
        assertThat(text).contains("\"fobValue\": 1000.00").contains("\"originalNumber\": null")
                .contains("\"nonPartyCompanies\": []").contains("\"invoiceDate\": \"2025-10-01\"").endsWith("}\n")
                .doesNotContain("\r");
        Certificate back = JSON.readCertificate(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x");
        assertThat(back).isEqualTo(certificate());
        assertThat(JSON.write(back)).isEqualTo(text);
    }

    @Test
    void rejectsUnknownFieldsNamingThePath() {
        InvalidInputException e = readFails(withGoodsField("colour", "\"red\""));
        assertThat(e.location()).isEqualTo("goods[0].colour");
        assertThat(e.problem()).contains("unknown field");
    }

    @Test
    void neverCoercesTextIntoNumbersOrNumbersIntoText() {
        assertThat(readFails(JSON.write(certificate()).replace("\"fobValue\": 1000.00", "\"fobValue\": \"12a\"")).getMessage())
                .contains("goods[0].fobValue").contains("expected a number").contains("12a");
        assertThat(readFails(JSON.write(certificate()).replace("\"fobValue\": 1000.00", "\"fobValue\": \"12\"")).location())
                .isEqualTo("goods[0].fobValue");
        assertThat(readFails(JSON.write(certificate()).replace("\"hsCode\": \"851762\"", "\"hsCode\": 851762")).location())
                .isEqualTo("goods[0].hsCode");
        assertThat(readFails(JSON.write(certificate()).replace("\"nonGoodsItem\": false", "\"nonGoodsItem\": \"false\"")).location())
                .isEqualTo("goods[0].nonGoodsItem");
        assertThat(readFails(JSON.write(certificate()).replace("\"seq\": 1", "\"seq\": 1.5")).location()).isEqualTo("goods[0].seq");
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        InvalidInputException e = readFails("{\n  \"type\": \"E\",\n  }");
        assertThat(e.location()).startsWith("line 3");
        assertThat(readFails("{\"type\": \"E\"} {}").problem()).containsIgnoringCase("trailing");
        assertThat(readFails("{\"type\": \"E\", \"type\": \"C\"}").problem()).containsIgnoringCase("duplicate");
        assertThat(readFails("").problem()).isNotBlank();
    }

    @Test
    void boundsStringsNestingAndNumbers() {
        String huge = "X".repeat(10_000_000);
        assertThat(readFails(JSON.write(certificate()).replace("\"marks\": null", "\"marks\": \"" + huge + "\"")).getMessage())
                .contains("marks").contains("too long").hasSizeLessThan(300);
        assertThat(readFails("[".repeat(100_000)).getMessage()).hasSizeLessThan(300);
        assertThat(readFails("{\"goods\": " + "[".repeat(100) + "]".repeat(100) + "}").getMessage()).hasSizeLessThan(300);
        assertThat(readFails(JSON.write(certificate()).replace("\"fobValue\": 1000.00", "\"fobValue\": 1e999999999")).problem())
                .contains("out of range");
    }

    /** Issue 16, item 6: an exponent past an int was "unexpected error (NumberFormatException)". */
    @Test
    void anExponentBeyondAnyAmountIsOutOfRangeAtItsPath() {
        InvalidInputException e = readFails(JSON.write(certificate())
                .replace("\"fobValue\": 1000.00", "\"fobValue\": 1e2147483648"));
        assertThat(e.location()).isEqualTo("goods[0].fobValue");
        assertThat(e.problem()).contains("out of range");
    }

    /** C0 AF is an overlong "/": decoding it would let a path separator through any check on the text. */
    @Test
    void refusesOverlongAndOtherInvalidUtf8() {
        byte[] json = JSON.write(certificate()).replace("A CO., LTD.", "A CO.XX LTD.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String text = new String(json, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("XX");
        json[at] = (byte) 0xC0;
        json[at + 1] = (byte) 0xAF;
        assertThatThrownBy(() -> JSON.readCertificate(json, "in.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in.json").hasMessageContaining("UTF-8");
    }

    @Test
    void rejectsControlCharactersInRawTextAndImpossibleDates() {
        assertThat(readFails("{\"type\": \"E\u0001\"}").problem()).contains("malformed");
        assertThat(readFails(JSON.write(certificate()).replace("2025-10-01", "2025-02-30")).problem()).contains("YYYY-MM-DD");
        assertThat(readFails(JSON.write(certificate()).replace("2025-10-01", "20251001")).location()).isEqualTo("invoiceDate");
    }

    @Test
    void rejectsUnknownEnumValuesListingTheAllowedOnes() {
        InvalidInputException e = readFails(JSON.write(certificate()).replace("\"ORIGINAL\"", "\"NEW\""));
        assertThat(e.location()).isEqualTo("category");
        assertThat(e.problem()).contains("ORIGINAL").contains("AMENDMENT");
    }

    @Test
    void rejectsNullElementsAndOtherFormatVersions() {
        assertThat(readFails(JSON.write(certificate()).replace("\"nonPartyCompanies\": []", "\"nonPartyCompanies\": [null]")).problem())
                .contains("null");
        assertThat(readFails(JSON.write(certificate()).replace("\"formatVersion\": 1", "\"formatVersion\": 2")).getMessage())
                .contains("formatVersion").contains("version 2");
    }

    @Test
    void writesTheReportOfFormatsMd() {
        ValidationReport r = ValidationReport.of(List.of(Violation.of(FieldRule.HS_CODE_FORMAT, "goods[0].hsCode")), List.of());
        assertThat(JSON.write(r)).isEqualTo("""
                {
                  "valid": false,
                  "violations": [
                    {
                      "code": "HS_CODE_FORMAT",
                      "path": "goods[0].hsCode",
                      "severity": "ERROR",
                      "grade": "SEED",
                      "source": "002 (HS编码 6、8、10位)",
                      "message": "HS code must be 6, 8 or 10 digits",
                      "messageZh": "HS编码应为6、8或10位数字"
                    }
                  ],
                  "notChecked": [],
                  "omittedViolations": 0
                }
                """);
    }

    @Test
    void readingAFileThatIsNotThereSaysSo() {
        assertThatThrownBy(() -> JSON.readCertificate(java.nio.file.Path.of("no-such-file.json")))
                .isInstanceOf(InvalidInputException.class).hasMessage("no-such-file.json: no such file");
    }
}
