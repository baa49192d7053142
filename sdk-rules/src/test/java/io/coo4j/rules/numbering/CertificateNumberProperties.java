package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The numbering rule of DOMAIN §3 (003: "证书代码+两位年份+企业备案号+企业流水号，共16位或17位") as properties: every
 * number built from valid parts reads back as itself, and any other text is refused with an
 * {@link InvalidInputException}, never another exception.
 */
class CertificateNumberProperties {
    private static final String ID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> type = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
        Arbitrary<Integer> year = Arbitraries.integers().between(0, 99);
        Arbitrary<String> id = Arbitraries.strings().withChars(ID_CHARS.toCharArray()).ofLength(9);
        Arbitrary<Integer> serial = Arbitraries.integers().between(1, 9999);
        return Combinators.combine(type, year, id, serial)
                .as((t, y, e, s) -> t + String.format("%02d", y) + e + String.format("%04d", s));
    }

    @Property(tries = 500)
    void formatOfParseIsTheInput(@ForAll("validNumbers") String text) {
        CertificateNumber n = CertificateNumber.parse(text);
        assertThat(n.format()).isEqualTo(text);
        assertThat(CertificateNumber.of(n.type(), n.year(), n.enterpriseId(), n.serial())).isEqualTo(n);
        assertThat(CertificateNumber.isValid(text)).isTrue();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("E19RC0456AZ ".toCharArray()).ofMinLength(14).ofMaxLength(18));
    }

    @Property(tries = 500)
    void anyTextReadsBackExactlyOrIsRefusedCleanly(@ForAll("anyText") String text) {
        assertReadsBackOrIsRefused(text);
    }

    @Provide
    Arbitrary<String> editedNumbers() {
        return Combinators.combine(validNumbers(), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 16), Arbitraries.chars().all())
                .as((text, edit, at, c) -> {
                    int i = Math.min(at, text.length() - 1);
                    return switch (edit) {
                        case 0 -> text.substring(0, i) + text.substring(i + 1);
                        case 1 -> text.substring(0, i) + c + text.substring(i);
                        case 2 -> text.substring(0, i) + c + text.substring(i + 1);
                        default -> text.toLowerCase();
                    };
                });
    }

    /** What a user's edit of a generated number does (001 ch.4: "证书号生成后，仍可修改"). */
    @Property(tries = 500)
    void editedNumbersReadBackExactlyOrAreRefusedCleanly(@ForAll("editedNumbers") String text) {
        assertReadsBackOrIsRefused(text);
    }

    @Provide
    Arbitrary<String> malformedNumbers() {
        return Arbitraries.oneOf(
                validNumbers().map(s -> s.substring(1))
                        .filter(s -> s.length() != 16 || !Character.isUpperCase(s.charAt(0))),
                validNumbers().map(s -> s + "1"),
                validNumbers().map(s -> s.toLowerCase()).filter(s -> !s.equals(s.toUpperCase())),
                validNumbers().map(s -> s.substring(0, s.length() - 4) + "0000"),
                validNumbers().map(s -> s.substring(0, s.length() - 1) + "X"));
    }

    @Property(tries = 500)
    void malformedNumbersAreAlwaysRefused(@ForAll("malformedNumbers") String text) {
        assertThatThrownBy(() -> CertificateNumber.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("certificate number \"");
        assertThat(CertificateNumber.isValid(text)).isFalse();
    }

    private static void assertReadsBackOrIsRefused(String text) {
        CertificateNumber n;
        try {
            n = CertificateNumber.parse(text);
        } catch (InvalidInputException e) {
            assertThat(CertificateNumber.isValid(text)).isFalse();
            assertThat(CertificateNumber.validate(text)).contains(e.problem());
            return;
        }
        assertThat(n.format()).isEqualTo(text);
        assertThat(CertificateNumber.isValid(text)).isTrue();
    }
}
