package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {
    /** Seed 003, "证书号示例：E194565009990001" under "证书代码+两位年份+企业备案号+企业流水号 共16位或17位". */
    @Test
    void parsesTheSeedExampleOfTheNumberingRule() {
        CertificateNumber n = CertificateNumber.parse("E194565009990001");
        assertThat(n).isEqualTo(new CertificateNumber("E", 19, "456500999", 1));
        assertThat(n.format()).isEqualTo("E194565009990001");
        assertThat(n).hasToString("E194565009990001");
        assertThat(n.key()).isEqualTo(new SerialKey("456500999", "E", 19));
    }

    /** Seed 003: the customs basic-information screen (产地证备案号 123456789, 证书号 C191234567890097). */
    @Test
    void parsesTheSeedNumberWhoseEnterpriseIsTheFilingNumber() {
        assertThat(CertificateNumber.parse("C191234567890097"))
                .isEqualTo(new CertificateNumber("C", 19, "123456789", 97));
    }

    /** Seed 003: the self-print list row "C192120000191001 … 审核通过". */
    @Test
    void parsesTheSeedNumberFromTheSelfPrintList() {
        assertThat(CertificateNumber.parse("C192120000191001"))
                .isEqualTo(new CertificateNumber("C", 19, "212000019", 1001));
    }

    /** DOMAIN §3: a two-letter type code makes 17 characters (RCEP, CODES.md "RC"). */
    @Test
    void parsesASeventeenCharacterNumberWithATwoLetterType() {
        CertificateNumber n = CertificateNumber.parse("RC254565009990001");
        assertThat(n).isEqualTo(new CertificateNumber("RC", 25, "456500999", 1));
        assertThat(n.format()).isEqualTo("RC254565009990001");
    }

    /** 001 ch.4: characters 9–17 of the credit code, which may hold letters (GB 32100-2015's own example). */
    @Test
    void takesTheEnterpriseIdFromCharactersNineToSeventeenOfTheCreditCode() {
        assertThat(CertificateNumber.enterpriseIdFromCreditCode("91440300456500999G")).isEqualTo("456500999");
        String id = CertificateNumber.enterpriseIdFromCreditCode("91350100M000100Y43");
        assertThat(id).isEqualTo("M000100Y4");
        assertThat(CertificateNumber.of("GE", 2025, id, 12).format()).isEqualTo("GE25M000100Y40012");
        assertThat(CertificateNumber.parse("GE25M000100Y40012").enterpriseId()).isEqualTo("M000100Y4");
    }

    @Test
    void refusesACreditCodeWithAWrongCheckCharacterOrShape() {
        assertThatThrownBy(() -> CertificateNumber.enterpriseIdFromCreditCode("91440300456500999H"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("91440300456500999H").hasMessageContaining("check character is H")
                .hasMessageContaining("give G");
        assertThatThrownBy(() -> CertificateNumber.enterpriseIdFromCreditCode("9144030045650099"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("18");
        assertThatThrownBy(() -> CertificateNumber.enterpriseIdFromCreditCode(null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(CertificateNumber.enterpriseIdFromFilingNumber("456500999")).isEqualTo("456500999");
        assertThatThrownBy(() -> CertificateNumber.enterpriseIdFromFilingNumber("45650099A"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("9 digits");
    }

    /**
     * Seed 003's GSP screenshot shows 证书号 G19000000011004 beside 产地证备案号 000000001: 15 characters, one short of
     * G + 19 + 000000001 + a 4-digit serial. The rule allows 16 or 17, so parse refuses it; the manual lets users
     * edit a generated number (001 ch.4), which is why a validator reports this as a warning, not an error.
     */
    @Test
    void refusesTheFifteenCharacterNumberOfTheSeedScreenshot() {
        assertThatThrownBy(() -> CertificateNumber.parse("G19000000011004"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"G19000000011004\"")
                .hasMessageContaining("has 15 characters")
                .hasMessageContaining("16 (one-letter type code) or 17 (two-letter type code)");
        assertThat(CertificateNumber.isValid("G19000000011004")).isFalse();
        assertThat(CertificateNumber.validate("G19000000011004")).get().asString().contains("15 characters");
        assertThat(CertificateNumber.validate("E194565009990001")).isEmpty();
    }

    @Test
    void namesThePartAndThePositionThatAreWrong() {
        assertThat(problem("e194565009990001")).contains("type code").contains("character 1 is 'e'");
        assertThat(problem("E1945650099900011")).contains("two upper-case letters").contains("character 2 is '1'");
        assertThat(problem("E1X4565009990001")).contains("year: characters 2–3 must be 2 digits, got \"1X\"");
        assertThat(problem("E19456500a990001")).contains("enterprise id: characters 4–12");
        assertThat(problem("E19456500999000A")).contains("serial: characters 13–16 must be 4 digits");
        assertThat(problem("E194565009990000")).contains("0000 is not a serial");
        assertThat(problem(" E194565009990001")).contains("character 1 is ' '");
        assertThat(problem("E19456500999000123")).contains("has 18 characters").doesNotContain("Index");
        assertThat(problem("")).contains("has 0 characters");
        // a null is a null argument, named as every call names one, not a malformed number
        assertThatThrownBy(() -> CertificateNumber.parse(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("CertificateNumber.parse: text: required, found null"));
        assertThat(problem("E19456500999000\u0000")).contains("\\u0000");
    }

    @Test
    void ofMapsAFourDigitYearToItsLastTwoDigits() {
        assertThat(CertificateNumber.of("E", 2019, "456500999", 1))
                .isEqualTo(CertificateNumber.of("E", 19, "456500999", 1));
        assertThat(CertificateNumber.of("E", 2000, "456500999", 1).format()).isEqualTo("E004565009990001");
        assertThat(CertificateNumber.of("E", 0, "456500999", 9999).format()).isEqualTo("E004565009999999");
        for (int bad : new int[] {-1, 100, 999, 10000}) {
            assertThatThrownBy(() -> CertificateNumber.of("E", bad, "456500999", 1))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("year")
                    .hasMessageContaining(String.valueOf(bad));
        }
    }

    @Test
    void ofChecksEveryPart() {
        assertThatThrownBy(() -> CertificateNumber.of("E", 19, "456500999", 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("serial must be 1–9999, got 0");
        assertThatThrownBy(() -> CertificateNumber.of("E", 19, "456500999", 10000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("10000");
        for (String type : new String[] {"e", "ABC", "", "E1", null}) {
            assertThatThrownBy(() -> CertificateNumber.of(type, 19, "456500999", 1))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("type code");
        }
        for (String id : new String[] {"45650099", "4565009990", "45650099a", "45650099-", null}) {
            assertThatThrownBy(() -> CertificateNumber.of("E", 19, id, 1))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("enterprise id");
        }
    }

    private static String problem(String text) {
        try {
            CertificateNumber.parse(text);
        } catch (InvalidInputException e) {
            assertThat(e.source()).startsWith("certificate number");
            return e.getMessage();
        }
        throw new AssertionError("parsed: " + text);
    }
}
