package io.coo4j.rules;

import static io.coo4j.rules.CertificateValidatorTest.line0;
import static io.coo4j.rules.CertificateValidatorTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Invoice;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Producer;
import io.coo4j.core.model.Transport;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.SharedData;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer the customs would give, in both directions: certificates the manuals accept pass, certificates they
 * refuse are refused, and a rule that rests on no authoritative source warns. Each case quotes its source.
 */
class CustomsFidelityTest {
    static final CertificateValidator V = CertificateValidator.defaults();

    static List<Violation> errors(ValidationReport r) {
        return r.violations().stream().filter(Violation::isError).toList();
    }

    static Violation only(ValidationReport r, String code, String path) {
        List<Violation> found = r.violations().stream().filter(v -> v.code().equals(code) && v.path().equals(path)).toList();
        assertThat(found).as(code + " at " + path + " in " + r.violations()).hasSize(1);
        return found.get(0);
    }

    // --- valid certificates that must pass -------------------------------------------------------------------

    /** 001 §1.6: 基本信息参见 1.1 一般原产地证 — the general certificate asks for no producer description. */
    @Test
    void chileNeedsNoProducerDescription() {
        assertThat(V.validate(sample("F").toBuilder().producer(Producer.NONE).build()).violations()).isEmpty();
    }

    /** 001 §1.17–1.18 put 原产国代码 on the certificate; coo.xsd carries a line's origin country for RCEP only. */
    @Test
    void aReExportLineWithoutOriginCountryOnlyWarns() {
        for (String type : List.of("TR", "PR")) {
            ValidationReport r = V.validate(line0(sample(type), g -> g.originCountry(null)));
            assertThat(r.valid()).as(type).isTrue();
            assertThat(only(r, "REQUIRED", "goods[0].originCountry").grade()).isEqualTo(SourceGrade.PEER);
        }
    }

    /** coo.xsd: PackUnit 包装单位（英文） and PriceTerms 价格条款 are free text; no manual closes either list. */
    @Test
    void packageKindsAndPriceTermsOutsideCoo4jsListsOnlyWarn() {
        Certificate c = line0(sample("C"), g -> g.packages(new Packages(10L, "CTNS", true))).toBuilder().priceTerm("CNF").build();
        ValidationReport r = V.validate(c);
        assertThat(r.valid()).isTrue();
        assertThat(only(r, "PACKAGE_KIND_UNKNOWN", "goods[0].packages.unit").severity()).isEqualTo(Severity.WARNING);
        assertThat(only(r, "PRICE_TERM_UNKNOWN", "priceTerm").severity()).isEqualTo(Severity.WARNING);
    }

    /** coo.xsd ConsigneeTel: 50 characters of text; the 20-character rule of 002 is the CCPIT base data's. */
    @Test
    void anInternationalPhoneWithAnExtensionPasses() {
        Certificate k = sample("K");
        Party consignee = k.consignee();
        Certificate c = k.toBuilder().consignee(new Party(consignee.name(), consignee.address(), consignee.country(),
                "+886 2 2345 6789 EXT 12", null, null)).build();
        assertThat(V.validate(c).violations()).isEmpty();
        Certificate tooLong = k.toBuilder().consignee(new Party(consignee.name(), consignee.address(), consignee.country(),
                "+886 2 2345 6789 EXT 12".repeat(3), null, null)).build();
        assertThat(only(V.validate(tooLong), "MESSAGE_LENGTH", "consignee.phone").severity()).isEqualTo(Severity.ERROR);
    }

    /** Transport details on C (a third-party editor's rule) and the date order (no source) only warn. */
    @Test
    void transportDetailsAndDateOrderOnlyWarn() {
        Certificate c = sample("C");
        Transport t = c.transport();
        Certificate changed = c.toBuilder().transport(new Transport(c.invoiceDate().minusDays(3), t.departureDateEstimated(),
                t.portOfLoading(), t.portOfDischarge(), t.portOfDestination(), t.transitCountry(), t.transhipmentPort(),
                t.mode(), t.vesselVoyage(), null)).build();
        ValidationReport r = V.validate(changed);
        assertThat(r.valid()).isTrue();
        assertThat(only(r, "REQUIRED", "transport.details").grade()).isEqualTo(SourceGrade.PEER);
        assertThat(only(r, "DEPARTURE_BEFORE_INVOICE", "transport.departureDate").severity()).isEqualTo(Severity.WARNING);
    }

    // --- invalid certificates that must be refused -----------------------------------------------------------

    /** 001 §1.16, §1.17, §1.18, §1.20, §1.21: 货物信息特殊字段参见 1.3 — and 1.3's special goods field is 原产地标准. */
    @Test
    void typesWhoseGoodsFollowKoreaNeedACriterion() {
        for (String type : List.of("AP", "T", "M", "TR", "PR")) {
            ValidationReport r = V.validate(line0(sample(type), g -> g.originCriterion(null)));
            assertThat(only(r, "REQUIRED", "goods[0].originCriterion").isError()).as(type).isTrue();
        }
    }

    /** 001 §1.20: 基本信息参见 1.3 — the Pakistan tile certificate asks for the producer description. */
    @Test
    void thePakistanTileCertificateNeedsAProducer() {
        assertThat(errors(V.validate(sample("AP").toBuilder().producer(Producer.NONE).build())))
                .extracting(Violation::code, Violation::path).containsExactly(org.assertj.core.groups.Tuple.tuple("REQUIRED", "producer.name"));
    }

    /** 003 原产地标准详情: Canada P or F; Australia and New Zealand P, or left empty with domestic content ≥ 50 %. */
    @Test
    void theGspCriterionIsRequiredPerDestination() {
        Certificate g = sample("G");
        Certificate canada = line0(g.toBuilder().destinationCountry("CA").consignee(Party.of("BUYER", "1 ST, TORONTO", "CA")).build(),
                l -> l.originCriterion(null).originAuxiliary(null));
        assertThat(only(V.validate(canada), "REQUIRED", "goods[0].originCriterion").isError()).isTrue();
        Certificate australia = line0(g.toBuilder().destinationCountry("AU").consignee(Party.of("BUYER", "1 ST, SYDNEY", "AU")).build(),
                l -> l.originCriterion(null).originAuxiliary(null).importContentPercent(new BigDecimal("30")));
        assertThat(V.validate(australia).violations()).isEmpty();
    }

    /** RCEP Annex 3B: each good's RCEP country of origin; coo.xsd OriInv/Curr has no minOccurs="0". */
    @Test
    void rcepLinesNeedTheirOriginCountryAndInvoicesTheirCurrency() {
        Certificate rc = sample("RC");
        assertThat(only(V.validate(line0(rc, g -> g.originCountry(null))), "REQUIRED", "goods[0].originCountry").grade())
                .isEqualTo(SourceGrade.OFFICIAL);
        Invoice i = rc.invoices().get(0);
        Certificate noCurrency = rc.toBuilder().invoices(List.of(new Invoice(i.number(), i.date(), i.priceTerm(), null,
                i.amount(), i.contractNumber(), i.letterOfCreditNumber(), i.specialTerms()))).build();
        assertThat(only(V.validate(noCurrency), "REQUIRED", "invoices[0].currency").isError()).isTrue();
    }

    /** UNSD's 999999 "commodities not specified according to kind" is no subheading of the nomenclature. */
    @Test
    void theNotSpecifiedCodeIsRefusedWithTheDataPack() {
        CertificateValidator withPack = CertificateValidator.create(ReferenceData.defaults(), DataPack.load(SharedData.folder()));
        assertThat(only(withPack.validate(line0(sample("C"), g -> g.hsCode("999999"))), "HS_CODE_UNKNOWN", "goods[0].hsCode")
                .isError()).isTrue();
    }

    // --- the goods-line caps of the forms ----------------------------------------------------------------------

    static Certificate lines(Certificate c, int n) {
        return c.toBuilder().goods(new ArrayList<>(Collections.nCopies(n, c.goods().get(0)))).build();
    }

    /** China–Australia Annex 3-A box 6: Item number (max. 20); China–Korea's cap was lifted (GACC 2022 No. 33). */
    @Test
    void formsThatCapTheItemsAreHeldToTheirCap() {
        assertThat(only(V.validate(lines(sample("A"), 21)), "GOODS_ITEMS_OVER_LIMIT", "goods").isError()).isTrue();
        assertThat(V.validate(lines(sample("A"), 20)).withCode("GOODS_ITEMS_OVER_LIMIT")).isEmpty();
        assertThat(only(V.validate(lines(sample("N"), 21)), "GOODS_ITEMS_OVER_LIMIT", "goods").severity())
                .as("the New Zealand cap is read from third-party copies of the form").isEqualTo(Severity.WARNING);
        assertThat(V.validate(lines(sample("K"), 200)).withCode("GOODS_ITEMS_OVER_LIMIT")).isEmpty();
    }

    /** A hostile certificate of many bad lines costs a bounded report that still says it is invalid. */
    @Test
    void aReportOfManyViolationsIsBounded() {
        Certificate c = sample("C").toBuilder().goods(Collections.nCopies(100_000, GoodsItem.builder().build())).build();
        long start = System.nanoTime();
        ValidationReport r = V.validate(c);
        assertThat(r.violations()).hasSize(ValidationReport.MAX_VIOLATIONS);
        assertThat(r.omittedViolations()).isGreaterThan(100_000);
        assertThat(r.valid()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    // --- save versus declare, and strictness -------------------------------------------------------------------

    /** 001 §1.1: a draft is saved (暂存) with little; 申报 applies the logic rules (各字段数据通过了逻辑规则校验). */
    @Test
    void aDraftSavesWithWhatTheMessageNeedsAndDeclaresWithEverything() {
        Certificate k = sample("K");
        Certificate draft = Certificate.builder().type("K").number(k.number()).filingNumber(k.filingNumber())
                .creditCode(k.creditCode()).enterpriseNameCn(k.enterpriseNameCn()).build();
        assertThat(V.validate(draft, ValidationPurpose.SAVE).valid()).isTrue();
        assertThat(V.validate(draft).valid()).isFalse();
        assertThat(V.validate(draft).withCode("REQUIRED")).extracting(Violation::path)
                .contains("declarant.name", "goods", "exporter.name", "producer.name", "collectingAuthority");
        Certificate nameless = draft.toBuilder().enterpriseNameCn(null).build();
        assertThat(only(V.validate(nameless, ValidationPurpose.SAVE), "REQUIRED", "enterpriseNameCn").grade())
                .as("coo.xsd EtpsName has no minOccurs=\"0\"").isEqualTo(SourceGrade.SCHEMA);
    }

    /** coo.xsd marks ExporterTel 申报为必填项, 001 §1.9 requires it for ECFA only: the manual wins, strict promotes. */
    @Test
    void theManualNarrowsTheSchemaAndStrictValidationPromotes() {
        Party e = sample("K").exporter();
        Certificate c = sample("K").toBuilder().exporter(Party.of(e.name(), e.address(), e.country())).build();
        ValidationReport lenient = V.validate(c);
        assertThat(lenient.valid()).isTrue();
        assertThat(only(lenient, "REQUIRED", "exporter.phone").grade()).isEqualTo(SourceGrade.SCHEMA);
        ValidationReport strict = CertificateValidator.builder().strict(true).build().validate(c);
        assertThat(only(strict, "REQUIRED", "exporter.phone").isError()).isTrue();
        assertThat(strict.valid()).isFalse();
        Certificate ecfa = sample("H").toBuilder().exporter(Party.of(e.name(), e.address(), e.country())).build();
        assertThat(only(V.validate(ecfa), "REQUIRED", "exporter.phone").grade()).isEqualTo(SourceGrade.SEED);
    }

    /** A certificate of a type the manual does not describe takes its profile's rules as warnings. */
    @Test
    void rulesOfAThirdPartyProfileOnlyWarn() {
        Certificate mv = sample("MV").toBuilder().producer(Producer.NONE).build();
        ValidationReport r = V.validate(mv);
        assertThat(r.valid()).isTrue();
        assertThat(only(r, "REQUIRED", "producer.name").grade()).isEqualTo(SourceGrade.PEER);
    }

    @Test
    void theApplicationDateStaysOptionalOnSave() {
        Certificate k = sample("K").toBuilder().applicationDate(null).goods(List.of()).build();
        assertThat(V.validate(k, ValidationPurpose.SAVE).valid()).isTrue();
        assertThat(V.validate(k.toBuilder().applicationDate(LocalDate.of(2025, 10, 2)).build()).valid()).isFalse();
    }
}
