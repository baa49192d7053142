package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Certificates of every type, varied from the samples (number of lines, amounts), pass; one targeted mutation of
 * such a certificate fails with exactly the expected code at the expected path.
 */
class CertificateValidatorProperties {
    private static final CertificateValidator V = CertificateValidator.defaults();

    static List<Certificate> samples() {
        try (Stream<Path> files = Files.list(GeneratedFiles.projectRoot().resolve("samples/certificates"))) {
            return files.sorted().map(p -> CertificateValidatorTest.sample(p.getFileName().toString().replace(".json", ""))).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<Certificate> validCertificates() {
        return Combinators.combine(Arbitraries.of(samples()), Arbitraries.integers().between(1, 20),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99999")).ofScale(2))
                .as((c, lines, price) -> {
                    GoodsItem template = c.goods().get(0);
                    List<GoodsItem> goods = new ArrayList<>();
                    BigDecimal total = BigDecimal.ZERO;
                    for (int i = 0; i < lines; i++) {
                        goods.add(template.toBuilder().seq(i + 1).unitPrice(price).invoiceValue(price).fobValue(price).build());
                        total = total.add(price);
                    }
                    return c.toBuilder().goods(goods).totalAmount(total).backToBack(coveringAll(c.backToBack(), lines))
                            .invoices(c.invoices().stream().map(inv -> new io.coo4j.core.model.Invoice(inv.number(), inv.date(),
                                    inv.priceTerm(), inv.currency(), null, null, null, null)).toList())
                            .build();
                });
    }

    /** The original proof of a back-to-back sample, its quantities multiplied to cover {@code lines} copies of a line. */
    private static io.coo4j.core.model.BackToBack coveringAll(io.coo4j.core.model.BackToBack original, int lines) {
        if (original == null) {
            return null;
        }
        return original.toBuilder().lines(original.lines().stream()
                .map(l -> l.toBuilder().quantity(new io.coo4j.core.model.Quantity(
                        l.quantity().value().multiply(BigDecimal.valueOf(lines)), l.quantity().unit())).build())
                .toList()).build();
    }

    @Property(tries = 300)
    void variedSamplesOfEveryTypePass(@ForAll("validCertificates") Certificate c) {
        ValidationReport r = V.validate(c);
        assertThat(r.violations()).as(c.type()).isEmpty();
    }

    record Mutation(String code, String path, java.util.function.UnaryOperator<Certificate> apply) {
        @Override
        public String toString() {
            return code + " at " + path;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(
                new Mutation("REQUIRED", "exporter.name", c -> c.toBuilder().exporter(new io.coo4j.core.model.Party(null,
                        c.exporter().address(), "CN", c.exporter().phone(), c.exporter().fax(), c.exporter().email())).build()),
                new Mutation("REQUIRED", "invoiceNumber", c -> c.toBuilder().invoiceNumber(" ").build()),
                new Mutation("GOODS_SEQUENCE", "goods[0].seq", c -> CertificateValidatorTest.line0(c, g -> g.seq(0))),
                new Mutation("HS_CODE_FORMAT", "goods[0].hsCode", c -> CertificateValidatorTest.line0(c, g -> g.hsCode("12345"))),
                new Mutation("INVOICE_AFTER_APPLICATION", "invoiceDate", c -> c.toBuilder().applicationDate(c.invoiceDate().minusDays(1))
                        .build()),
                new Mutation("REQUIRED", "goods[0].description", c -> CertificateValidatorTest.line0(c, g -> g.description(null))));
    }

    @Property(tries = 400)
    void oneMutationGivesExactlyItsCodeAndPath(@ForAll("validCertificates") Certificate c, @ForAll("mutations") Mutation m) {
        ValidationReport r = V.validate(m.apply().apply(c));
        assertThat(r.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(m.code(), m.path()));
    }
}
