package io.coo4j.testkit;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.MaterialLine;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.reference.Agreement;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.rules.prereview.PreReviewRule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries (生成器) of coo4j's documents for property tests: certificates of origin that pass sdk-rules'
 * {@code CertificateValidator}, for every certificate type, and ones with exactly one rule broken; product
 * pre-reviews (产品预审) that meet the six cost constraints of 001 ch.6 and ones that break one; and bills of
 * materials for sdk-rules' {@code OriginEngine}.
 *
 * <p>Certificates are varied from the project's sample of each type ({@code samples/certificates}, packaged with
 * the test kit): the goods lines repeated, amounts scaled, so that they stay valid by construction. Stateless and
 * thread-safe; jqwik is a compile dependency of the test kit for this class.
 *
 * @since 0.1
 */
public final class CooArbitraries {
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** HS codes of products and materials the bills are made of (HS 2022 subheadings). */
    private static final List<String> HS_CODES = List.of("940161", "940191", "440791", "851762", "854231", "610910",
            "520812", "720890", "870899", "392690");

    private CooArbitraries() {
    }

    /**
     * A certificate with exactly one rule broken: the certificate, the rule's code and the JSON path it names.
     *
     * @param certificate the certificate, valid but for the one rule
     * @param code        the code of the broken rule, e.g. {@code HS_CODE_FORMAT}
     * @param path        the JSON path the violation names, e.g. {@code goods[0].hsCode}
     */
    public record CertificateFault(Certificate certificate, String code, String path) {
        /** Refuses a missing component: a fault names its certificate, code and path. */
        public CertificateFault {
            InvalidInputException.requireArgument(certificate, "CertificateFault", "certificate");
            InvalidInputException.requireArgument(code, "CertificateFault", "code");
            InvalidInputException.requireArgument(path, "CertificateFault", "path");
        }

        @Override
        public String toString() {
            return code + " at " + path + " on a " + certificate.type() + " certificate";
        }
    }

    /**
     * A pre-review that breaks {@code broken}, and every code the checker must report for it. That is the broken rule
     * alone, except for {@link PreReviewRule#MATERIALS_OVER_FOB}: with the FOB value at least the ex-factory price
     * (rule 1 kept), materials over the FOB value are over the ex-factory price too.
     *
     * @param preReview     the pre-review, meeting every other constraint
     * @param broken        the cost constraint it breaks
     * @param expectedCodes the rule codes the checker must report, e.g. {@code PREREVIEW_MATERIALS_OVER_FOB}
     */
    public record PreReviewFault(ProductPreReview preReview, PreReviewRule broken, Set<String> expectedCodes) {
        /** Refuses a missing component: a fault names its pre-review, rule and codes. */
        public PreReviewFault {
            InvalidInputException.requireArgument(preReview, "PreReviewFault", "preReview");
            InvalidInputException.requireArgument(broken, "PreReviewFault", "broken");
            InvalidInputException.requireArgument(expectedCodes, "PreReviewFault", "expectedCodes");
        }

        @Override
        public String toString() {
            return broken + " " + preReview;
        }
    }

    /** Valid certificates of every type of the reference data, about as many of each. */
    public static Arbitrary<Certificate> validCertificates() {
        return Arbitraries.of(Samples.ALL).flatMap(CooArbitraries::varied);
    }

    /** Valid certificates of one type ({@code E}, {@code RC}, …). */
    public static Arbitrary<Certificate> validCertificates(String type) {
        return varied(Samples.ALL.stream().filter(c -> c.type().equals(type)).findFirst()
                .orElseThrow(() -> new InvalidInputException("CooArbitraries.validCertificates", "type",
                        "no certificate type " + type)));
    }

    /** Certificates of every type with exactly one rule broken, each rule as the rule catalogue cites it. */
    public static Arbitrary<CertificateFault> singleFaultCertificates() {
        return Combinators.combine(validCertificates(), Arbitraries.of(Fault.values())).as((c, fault) -> fault.apply(c));
    }

    /** Pre-reviews that meet all six cost constraints (001 ch.6), with and without imported content. */
    public static Arbitrary<ProductPreReview> validPreReviews() {
        return Combinators.combine(materials(), Arbitraries.bigDecimals().between(new BigDecimal("2.00"), new BigDecimal("500"))
                        .ofScale(2), Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2))
                .as((lines, overMaterials, overExFactory) -> {
                    BigDecimal exFactory = total(lines).add(overMaterials);
                    return SampleData.preReview().toBuilder().unitFobValue(exFactory.add(overExFactory))
                            .unitExFactoryPrice(exFactory).materials(lines)
                            .containsImported(lines.stream().anyMatch(m -> m.nonOriginatingValue().signum() > 0)).build();
                });
    }

    /** Pre-reviews that break one of the six cost constraints, every constraint about as often. */
    public static Arbitrary<PreReviewFault> preReviewFaults() {
        return Combinators.combine(validPreReviews(), Arbitraries.of(PreReviewRule.values())).as(CooArbitraries::breaking);
    }

    /**
     * Bills of materials for the origin engine: an agreement it has rules for, a partner of it as the import country,
     * a product and up to five materials worth less than its ex-works price.
     */
    public static Arbitrary<BillOfMaterials> billsOfMaterials() {
        List<Agreement> agreements = OriginEngine.defaults().agreements().stream()
                .flatMap(code -> ReferenceData.defaults().agreement(code).stream())
                .filter(a -> !a.partners().isEmpty()).toList();
        Arbitrary<BillOfMaterials.Material> material = Combinators.combine(Arbitraries.of(HS_CODES),
                        Arbitraries.bigDecimals().between(CENT, new BigDecimal("20")).ofScale(2), Arbitraries.of(true, false),
                        Arbitraries.of("CN", "RU", "DE", "US", "BR"))
                .as((hs, value, originating, country) -> BillOfMaterials.Material.builder().hsCode(hs).value(value)
                        .originating(originating).originCountry(originating ? "CN" : country).build());
        return Combinators.combine(Arbitraries.of(agreements), Arbitraries.of(HS_CODES), material.list().ofMaxSize(5),
                        Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100")).ofScale(2),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(9, false)))
                .flatAs((agreement, hs, materials, margin, wo) -> Arbitraries.of(agreement.partners()).map(partner -> {
                    BigDecimal exWorks = materials.stream().map(BillOfMaterials.Material::value)
                            .reduce(BigDecimal.ZERO, BigDecimal::add).add(margin);
                    return BillOfMaterials.builder().agreement(agreement.code()).exportCountry("CN")
                            .importCountry(partner.country()).materials(materials)
                            .product(BillOfMaterials.Product.builder().hsCode(hs).fobValue(exWorks.add(margin))
                                    .exWorksPrice(exWorks).whollyObtained(wo).build())
                            .build();
                }));
    }

    /** The sample certificate with its lines repeated and its amounts scaled; totals and invoices follow. */
    private static Arbitrary<Certificate> varied(Certificate sample) {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 1000))
                .as((copies, factor) -> {
                    BigDecimal f = BigDecimal.valueOf(factor);
                    List<GoodsItem> goods = new ArrayList<>();
                    for (int copy = 0; copy < copies; copy++) {
                        for (GoodsItem g : sample.goods()) {
                            goods.add(g.toBuilder().seq(goods.size() + 1).unitPrice(times(g.unitPrice(), f))
                                    .invoiceValue(times(g.invoiceValue(), f)).fobValue(times(g.fobValue(), f)).build());
                        }
                    }
                    BigDecimal all = f.multiply(BigDecimal.valueOf(copies));
                    return sample.toBuilder().goods(goods).totalAmount(times(sample.totalAmount(), all))
                            .backToBack(covering(sample.backToBack(), copies))
                            .invoices(sample.invoices().stream().map(i -> i.toBuilder().amount(times(i.amount(), all)).build())
                                    .toList())
                            .build();
                });
    }

    /** The original proof with its quantities multiplied, so that the repeated lines stay within it. */
    private static @Nullable BackToBack covering(@Nullable BackToBack original, int copies) {
        if (original == null) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(copies);
        return original.toBuilder().lines(original.lines().stream()
                .map(l -> l.quantity() == null ? l : l.toBuilder()
                        .quantity(new Quantity(times(l.quantity().value(), n), l.quantity().unit())).build())
                .toList()).build();
    }

    private static @Nullable BigDecimal times(@Nullable BigDecimal value, BigDecimal factor) {
        return value == null ? null : value.multiply(factor);
    }

    /** One to five materials whose two values add up to unit price × usage (constraint 6), exactly. */
    private static Arbitrary<List<MaterialLine>> materials() {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("50")).ofScale(2),
                        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 4),
                        Arbitraries.of("RU", "DE", "US"))
                .as((price, usage, quarters, country) -> {
                    BigDecimal value = price.multiply(BigDecimal.valueOf(usage));
                    BigDecimal nonOriginating = value.multiply(BigDecimal.valueOf(quarters)).divide(BigDecimal.valueOf(4), 2,
                            RoundingMode.DOWN);
                    return MaterialLine.builder().name("MATERIAL").hsCode("440791")
                            .originCountry(nonOriginating.signum() > 0 ? country : "CN").unitPrice(price)
                            .usagePerUnit(BigDecimal.valueOf(usage)).originatingValue(value.subtract(nonOriginating))
                            .nonOriginatingValue(nonOriginating).build();
                }).list().ofMinSize(1).ofMaxSize(5);
    }

    private static BigDecimal total(List<MaterialLine> lines) {
        return lines.stream().map(m -> m.originatingValue().add(m.nonOriginatingValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Breaks one constraint of a valid pre-review, keeping the others: a valid one has its ex-factory price at least
     * 2.00 over its materials, which leaves room to move one value by a cent or a unit.
     */
    private static PreReviewFault breaking(ProductPreReview p, PreReviewRule rule) {
        BigDecimal materials = total(p.materials());
        ProductPreReview broken = switch (rule) {
            case FOB_BELOW_EX_FACTORY_PRICE -> p.toBuilder().unitFobValue(p.unitExFactoryPrice().subtract(CENT)).build();
            case MATERIALS_OVER_EX_FACTORY_PRICE -> p.toBuilder().unitExFactoryPrice(materials.subtract(CENT)).build();
            case MATERIALS_OVER_FOB -> p.toBuilder().unitFobValue(materials.subtract(CENT))
                    .unitExFactoryPrice(materials.subtract(CENT)).build();
            case IMPORTED_WITHOUT_NON_ORIGINATING_VALUE -> p.toBuilder().containsImported(true)
                    .materials(p.materials().stream().map(m -> m.toBuilder().originCountry("CN")
                            .originatingValue(m.originatingValue().add(m.nonOriginatingValue()))
                            .nonOriginatingValue(BigDecimal.ZERO).build()).toList()).build();
            case NON_ORIGINATING_VALUE_WITHOUT_IMPORTS -> p.toBuilder().containsImported(false)
                    .materials(p.materials().stream().map(m -> m.toBuilder().originCountry("RU")
                            .originatingValue(BigDecimal.ZERO)
                            .nonOriginatingValue(m.originatingValue().add(m.nonOriginatingValue())).build()).toList()).build();
            case MATERIAL_VALUE_MISMATCH -> {
                List<MaterialLine> lines = new ArrayList<>(p.materials());
                MaterialLine m = lines.get(0);
                lines.set(0, m.toBuilder().originatingValue(m.originatingValue().add(BigDecimal.ONE)).build());
                yield p.toBuilder().materials(lines).build();
            }
        };
        Set<String> codes = rule == PreReviewRule.MATERIALS_OVER_FOB
                ? Set.of(rule.code(), PreReviewRule.MATERIALS_OVER_EX_FACTORY_PRICE.code()) : Set.of(rule.code());
        return new PreReviewFault(broken, rule, codes);
    }

    /** Single faults that break one rule of any certificate, with the code and path the validator reports. */
    private enum Fault {
        EXPORTER_NAME("REQUIRED", "exporter.name", c -> c.toBuilder().exporter(c.exporter().toBuilder().name(null).build())
                .build()),
        INVOICE_NUMBER("REQUIRED", "invoiceNumber", c -> c.toBuilder().invoiceNumber(" ").build()),
        GOODS_SEQUENCE("GOODS_SEQUENCE", "goods[0].seq", c -> firstLine(c, g -> g.seq(0))),
        HS_CODE_FORMAT("HS_CODE_FORMAT", "goods[0].hsCode", c -> firstLine(c, g -> g.hsCode("12345"))),
        INVOICE_AFTER_APPLICATION("INVOICE_AFTER_APPLICATION", "invoiceDate",
                c -> c.toBuilder().applicationDate(c.invoiceDate().minusDays(1)).build()),
        GOODS_DESCRIPTION("REQUIRED", "goods[0].description", c -> firstLine(c, g -> g.description(null)));

        private final String code;
        private final String path;
        private final UnaryOperator<Certificate> change;

        Fault(String code, String path, UnaryOperator<Certificate> change) {
            this.code = code;
            this.path = path;
            this.change = change;
        }

        CertificateFault apply(Certificate valid) {
            return new CertificateFault(change.apply(valid), code, path);
        }

        private static Certificate firstLine(Certificate c, UnaryOperator<GoodsItem.Builder> edit) {
            List<GoodsItem> goods = new ArrayList<>(c.goods());
            goods.set(0, edit.apply(goods.get(0).toBuilder()).build());
            return c.toBuilder().goods(goods).build();
        }
    }

    /** The sample of every certificate type, read once from the test kit's class path. */
    private static final class Samples {
        static final List<Certificate> ALL = Stream.concat(
                ReferenceData.defaults().certificateTypes().stream().map(CertificateType::code),
                Stream.of("RC-back-to-back")).map(Samples::read).toList();

        private static Certificate read(String name) {
            String resource = "certificates/" + name + ".json";
            try (InputStream in = CooArbitraries.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CooException("the test kit has no sample certificate " + resource);
                }
                return CooJson.strict().readCertificate(in.readAllBytes(), resource);
            } catch (IOException e) {
                throw new CooException("cannot read the test kit's sample certificate " + resource + ": " + e.getMessage(), e);
            }
        }
    }
}
