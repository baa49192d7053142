package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChecksTest {
    /** GB 32100-2015's published example and the code in FORMATS.md. */
    @Test
    void acceptsCreditCodesWithTheirCheckCharacter() {
        assertThat(Checks.isCreditCode("91350100M000100Y43")).isTrue();
        assertThat(Checks.isCreditCode("91440300456500999G")).isTrue();
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacterOrForbiddenLetters() {
        assertThat(Checks.isCreditCodeFormat("91440300456500999H")).isTrue();
        assertThat(Checks.isCreditCode("91440300456500999H")).isFalse();
        assertThat(Checks.isCreditCodeFormat("91440300456500999O")).as("O is not in the character set").isFalse();
        assertThat(Checks.isCreditCodeFormat("9144030045650099")).isFalse();
        assertThat(Checks.isCreditCodeFormat(null)).isFalse();
    }

    /** GB 11643-1999's own example 11010519491231002X and the ID in FORMATS.md. */
    @Test
    void acceptsResidentIdsWithTheirCheckDigit() {
        assertThat(Checks.isResidentId("11010519491231002X")).isTrue();
        assertThat(Checks.isResidentId("440301199001011234")).isTrue();
        assertThat(Checks.isResidentId("440301199001011235")).isFalse();
        assertThat(Checks.isResidentIdFormat("440301199002301234")).as("30 February").isFalse();
        assertThat(Checks.isResidentIdFormat("44030119900101123x")).as("lower-case x").isFalse();
    }

    @Test
    void filingNumberIsNineDigits() {
        assertThat(Checks.isFilingNumber("456500999")).isTrue();
        assertThat(Checks.isFilingNumber("45650099")).isFalse();
        assertThat(Checks.isFilingNumber("45650099A")).isFalse();
        assertThat(Checks.isFilingNumber("４５６５００９９９")).as("full-width digits").isFalse();
    }

    @Test
    void findsControlCharactersButAllowsLineBreaksAndChinese() {
        assertThat(Checks.firstControlCharacter("LINE 1\nLINE 2\r\n深圳")).isEqualTo(-1);
        assertThat(Checks.firstControlCharacter("A\u0000B")).isEqualTo(1);
        assertThat(Checks.firstControlCharacter("A\u0085")).isEqualTo(1);
        assertThat(Checks.firstControlCharacter("A\uD800B")).as("unpaired surrogate").isEqualTo(1);
        assertThat(Checks.firstControlCharacter("😀")).as("a paired surrogate is a character").isEqualTo(-1);
    }

    @Test
    void printableEnglishIsAsciiWithLineBreaks() {
        assertThat(Checks.isPrintableEnglish("NO.1 ROAD, SHENZHEN\nCHINA ~!@#")).isTrue();
        assertThat(Checks.isPrintableEnglish("SHENZHEN，CHINA")).as("full-width comma").isFalse();
        assertThat(Checks.isPrintableEnglish("CAFÉ")).isFalse();
    }

    @Test
    void phonesAndEmails() {
        assertThat(Checks.isPhone("0755-88888888")).isTrue();
        assertThat(Checks.isPhone("+86 (755) 8888 8888")).isTrue();
        assertThat(Checks.isPhone("123456789012345678901")).as("21 characters").isFalse();
        assertThat(Checks.isPhone("---")).isFalse();
        assertThat(Checks.isEmail("export@example.com")).isTrue();
        assertThat(Checks.isEmail("export@example")).isFalse();
        assertThat(Checks.isEmail("a@b@c.com")).isFalse();
    }

    @Provide
    Arbitrary<String> creditCodePrefixes() {
        return Arbitraries.strings().withChars(Checks.CREDIT_CODE_CHARSET.toCharArray()).ofLength(17);
    }

    @Property(tries = 500)
    void theComputedCheckCharacterIsTheOnlyOneThatPasses(@ForAll("creditCodePrefixes") String first17) {
        char check = Checks.creditCodeCheckCharacter(first17);
        assertThat(Checks.isCreditCode(first17 + check)).isTrue();
        for (char other : Checks.CREDIT_CODE_CHARSET.toCharArray()) {
            if (other != check) {
                assertThat(Checks.isCreditCode(first17 + other)).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void everySingleDigitChangeOfAResidentIdIsCaught(@ForAll("residentIds") String id, @ForAll("positions") int at) {
        char c = id.charAt(at);
        String changed = id.substring(0, at) + (char) ('0' + (c - '0' + 1) % 10) + id.substring(at + 1);
        assertThat(Checks.isResidentId(id)).isTrue();
        assertThat(Checks.residentIdCheckDigit(changed)).isNotEqualTo(changed.charAt(17));
    }

    @Provide
    Arbitrary<String> residentIds() {
        return Arbitraries.strings().numeric().ofLength(6)
                .flatMap(area -> Arbitraries.integers().between(0, 365 * 60).flatMap(days -> Arbitraries.strings().numeric().ofLength(3)
                        .map(seq -> {
                            String birth = java.time.LocalDate.of(1950, 1, 1).plusDays(days).toString().replace("-", "");
                            String first17 = area + birth + seq;
                            return first17 + Checks.residentIdCheckDigit(first17);
                        })));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 16);
    }
}
