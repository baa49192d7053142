package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Party;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A valid certificate with one targeted mutation fails with exactly the expected code at the expected path. */
class FieldValidatorProperties {
    private static final FieldValidator V = FieldValidator.defaults();

    record Mutation(String code, String path, UnaryOperator<Certificate> apply) {
        @Override
        public String toString() {
            return code + " at " + path;
        }
    }

    @Provide
    Arbitrary<Certificate> validCertificates() {
        Arbitrary<String> hs = Arbitraries.of("851762", "61091000", "9401610000", "070200");
        Arbitrary<String> dest = Arbitraries.of("SG", "MY", "TH", "VN", "ID");
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999")).ofScale(2);
        Arbitrary<String> english = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40);
        Arbitrary<List<GoodsItem>> goods = Combinators.combine(hs, money, english)
                .as((h, m, name) -> GoodsItem.builder().hsCode(h).fobValue(m).nameEn(name).build())
                .list().ofMinSize(1).ofMaxSize(8)
                .map(list -> {
                    List<GoodsItem> numbered = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        numbered.add(list.get(i).toBuilder().seq(i + 1).build());
                    }
                    return numbered;
                });
        return Combinators.combine(dest, english, goods).as((d, name, g) -> Certificate.builder().type("E")
                .filingNumber("456500999").creditCode("91440300456500999G")
                .declarant(new Declarant("张三", "11010519491231002X", "13800000000"))
                .exporter(Party.of(name, "NO.1 ROAD", "CN")).consignee(Party.of("BUYER", "STREET 1", d))
                .destinationCountry(d).currency("USD").goods(g).build());
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(
                new Mutation("HS_CODE_FORMAT", "goods[0].hsCode", c -> goods0(c, g -> g.hsCode("85176"))),
                new Mutation("HS_CODE_FORMAT", "goods[0].hsCode", c -> goods0(c, g -> g.hsCode("8517.62"))),
                new Mutation("COUNTRY_UNKNOWN", "destinationCountry", c -> c.toBuilder().destinationCountry("SGP").build()),
                new Mutation("COUNTRY_UNKNOWN", "consignee.country", c -> c.toBuilder()
                        .consignee(Party.of("BUYER", "STREET 1", "sg")).build()),
                new Mutation("FILING_NUMBER_FORMAT", "filingNumber", c -> c.toBuilder().filingNumber("4565009990").build()),
                new Mutation("CREDIT_CODE_CHECK", "creditCode", c -> c.toBuilder().creditCode("91440300456500999A").build()),
                new Mutation("RESIDENT_ID_CHECK", "declarant.idNumber", c -> c.toBuilder()
                        .declarant(new Declarant("张三", "110105194912310021", null)).build()),
                new Mutation("AMOUNT_NEGATIVE", "goods[0].fobValue", c -> goods0(c, g -> g.fobValue(new BigDecimal("-0.01")))),
                new Mutation("CONTROL_CHARACTER", "marks", c -> c.toBuilder().marks("N/M\u0000").build()),
                new Mutation("NOT_PRINTABLE_ENGLISH", "goods[0].nameEn", c -> goods0(c, g -> g.nameEn("网络"))),
                new Mutation("CURRENCY_UNKNOWN", "currency", c -> c.toBuilder().currency("usd").build()),
                // coo.xsd ApplTel: at most 30 characters (the 20-character phone rule is the CCPIT base data's)
                new Mutation("MESSAGE_LENGTH", "declarant.phone", c -> c.toBuilder()
                        .declarant(new Declarant("张三", "11010519491231002X", "+86 755 8888 8888 EXT 12345 678")).build()));
    }

    private static Certificate goods0(Certificate c, UnaryOperator<GoodsItem.Builder> change) {
        List<GoodsItem> g = new ArrayList<>(c.goods());
        g.set(0, change.apply(g.get(0).toBuilder()).build());
        return c.toBuilder().goods(g).build();
    }

    @Property(tries = 300)
    void generatedValidCertificatesPass(@ForAll("validCertificates") Certificate c) {
        assertThat(V.validate(c).violations()).isEmpty();
    }

    @Property(tries = 500)
    void oneMutationGivesExactlyItsCodeAndPath(@ForAll("validCertificates") Certificate c, @ForAll("mutations") Mutation m) {
        ValidationReport r = V.validate(m.apply().apply(c));
        assertThat(r.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(m.code(), m.path()));
        // only a rule an authoritative source states refuses; the others (a negative amount) warn
        assertThat(r.valid()).isEqualTo(!r.violations().get(0).isError());
        assertThat(r.violations().get(0).isError()).isEqualTo(r.violations().get(0).grade().authoritative());
    }
}
