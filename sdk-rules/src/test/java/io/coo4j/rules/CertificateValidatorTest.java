package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.Exhibition;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Invoice;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Producer;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Examples in the manuals' own words; each names its section. */
class CertificateValidatorTest {
    static final CertificateValidator V = CertificateValidator.defaults();

    static Certificate sample(String name) {
        return CooJson.strict().readCertificate(GeneratedFiles.projectRoot().resolve("samples/certificates/" + name + ".json"));
    }

    static Certificate line0(Certificate c, UnaryOperator<GoodsItem.Builder> change) {
        List<GoodsItem> g = new ArrayList<>(c.goods());
        g.set(0, change.apply(g.get(0).toBuilder()).build());
        return c.toBuilder().goods(g).build();
    }

    static List<org.assertj.core.groups.Tuple> found(ValidationReport r) {
        return r.violations().stream().map(v -> tuple(v.code(), v.path())).toList();
    }

    @Test
    void theSamplesAreValid() {
        for (String s : List.of("E", "K", "RC", "G", "H", "TR", "T", "SE")) {
            assertThat(V.validate(sample(s)).violations()).as(s).isEmpty();
        }
    }

    /** 001 §1.4 一: WO → 辅助项为空, 进口成份比例 0. */
    @Test
    void aseanWhollyObtainedHasNoImportShare() {
        Certificate c = line0(sample("E"), g -> g.originCriterion("WO").originSubCriterion(null).importContentPercent(new BigDecimal("5")));
        assertThat(found(V.validate(c))).containsExactly(tuple("IMPORT_SHARE_NOT_ZERO", "goods[0].importContentPercent"));
        assertThat(V.validate(line0(sample("E"), g -> g.originCriterion("WO").originSubCriterion(null)
                .importContentPercent(BigDecimal.ZERO))).violations()).isEmpty();
    }

    /** 001 §1.4 三: PSR → 子标准三选一 (RVC / CTC / Process Rule), 辅助项为空, 进口成份比例不能为零. */
    @Test
    void aseanPsrNeedsOneOfThreeSubCriteriaAndImportedContent() {
        assertThat(found(V.validate(line0(sample("E"), g -> g.originSubCriterion("WO")))))
                .containsExactly(tuple("ORIGIN_SUB_CRITERION", "goods[0].originSubCriterion"));
        assertThat(found(V.validate(line0(sample("E"), g -> g.originSubCriterion(null)))))
                .containsExactly(tuple("ORIGIN_SUB_CRITERION", "goods[0].originSubCriterion"));
        assertThat(found(V.validate(line0(sample("E"), g -> g.importContentPercent(BigDecimal.ZERO)))))
                .containsExactly(tuple("IMPORT_SHARE_NOT_POSITIVE", "goods[0].importContentPercent"));
        assertThat(found(V.validate(line0(sample("E"), g -> g.originAuxiliary("40%")))))
                .containsExactly(tuple("ORIGIN_AUXILIARY", "goods[0].originAuxiliary"));
    }

    /** 001 §1.4 五: 原产地标准必须为空, 辅助项 (1-进口成份比例)%, 进口成份比例不能大于60%. */
    @Test
    void aseanEmptyCriterionCarriesTheDomesticShare() {
        UnaryOperator<GoodsItem.Builder> blank = g -> g.originCriterion(null).originSubCriterion(null);
        assertThat(V.validate(line0(sample("E"), g -> blank.apply(g).importContentPercent(new BigDecimal("35")).originAuxiliary("65%")))
                .violations()).isEmpty();
        Violation wrong = V.validate(line0(sample("E"), g -> blank.apply(g).importContentPercent(new BigDecimal("35"))
                .originAuxiliary("35%"))).violations().get(0);
        assertThat(wrong.code()).isEqualTo("ORIGIN_AUXILIARY");
        assertThat(wrong.message()).contains("65%");
        assertThat(found(V.validate(line0(sample("E"), g -> blank.apply(g).importContentPercent(new BigDecimal("61"))
                .originAuxiliary("39%"))))).containsExactly(tuple("IMPORT_SHARE_OVER_LIMIT", "goods[0].importContentPercent"));
    }

    /** 003 GSP table: Canada P, or F with imported content ≤ 40 %; Australia, New Zealand P or blank. */
    @Test
    void gspCriteriaDependOnTheDestination() {
        Certificate g = sample("G");
        assertThat(found(V.validate(line0(g, x -> x.importContentPercent(new BigDecimal("41"))))))
                .containsExactly(tuple("IMPORT_SHARE_OVER_LIMIT", "goods[0].importContentPercent"));
        Violation forAustralia = V.validate(g.toBuilder().destinationCountry("AU").build()).violations().get(0);
        assertThat(forAustralia.code()).isEqualTo("ORIGIN_CRITERION_NOT_ALLOWED");
        assertThat(forAustralia.message()).contains("allowed: P, (empty), W");
        assertThat(V.validate(line0(g.toBuilder().destinationCountry("AU").build(), x -> x.originCriterion(null))).violations()).isEmpty();
    }

    /** 001 §1.2: W → 辅助项自动取HS前4位, 返填为 XX.XX. */
    @Test
    void gspWCarriesTheHeading() {
        Certificate c = line0(sample("G"), x -> x.originCriterion("W").originAuxiliary("61.10"));
        assertThat(V.validate(c).violations()).isEmpty();
        Violation v = V.validate(line0(c, x -> x.originAuxiliary("6110"))).violations().get(0);
        assertThat(v.code()).isEqualTo("ORIGIN_AUXILIARY");
        assertThat(v.message()).contains("61.10");
    }

    /** DOMAIN §2: GSP only to granting countries; 001 §1.3: the Korea certificate goes to Korea. */
    @Test
    void destinationsFollowTheType() {
        assertThat(found(V.validate(sample("G").toBuilder().destinationCountry("US").build())))
                .contains(tuple("DESTINATION_NOT_ALLOWED", "destinationCountry"));
        assertThat(found(V.validate(sample("K").toBuilder().destinationCountry("JP").build())))
                .containsExactly(tuple("DESTINATION_NOT_ALLOWED", "destinationCountry"));
        Violation rcepKoreaTooEarly = V.validate(sample("RC").toBuilder().destinationCountry("KR")
                .applicationDate(LocalDate.of(2022, 1, 15)).invoiceDate(LocalDate.of(2022, 1, 10))
                .build()).withCode("DESTINATION_NOT_ALLOWED").get(0);
        assertThat(rcepKoreaTooEarly.message()).as("RCEP entered into force for Korea on 2022-02-01").contains("KR is not");
    }

    /** 001 §1.3: 生产商描述 in English; 生产商保密 prints AVAILABLE UPON REQUEST instead. */
    @Test
    void koreaNeedsAProducerUnlessConfidential() {
        assertThat(found(V.validate(sample("K").toBuilder().producer(Producer.NONE).build())))
                .containsExactly(tuple("REQUIRED", "producer.name"));
        assertThat(V.validate(sample("K").toBuilder().producer(new Producer(null, null, true)).build()).violations()).isEmpty();
    }

    /** 001 §1.9: ECFA needs the exporter's phone, fax, e-mail, the export declaration date and the importer's phone. */
    @Test
    void ecfaNeedsContactsAndTheExportDeclarationDate() {
        Certificate h = sample("H");
        Certificate stripped = h.toBuilder().exportDeclarationDate(null)
                .exporter(io.coo4j.core.model.Party.of(h.exporter().name(), h.exporter().address(), "CN")).build();
        assertThat(found(V.validate(stripped))).containsExactlyInAnyOrder(tuple("REQUIRED", "exporter.phone"),
                tuple("REQUIRED", "exporter.fax"), tuple("REQUIRED", "exporter.email"), tuple("REQUIRED", "exportDeclarationDate"));
    }

    /** 001 §1.29–1.30: with a non-party company the producer description is required. */
    @Test
    void serbiaWithANonPartyCompanyNeedsTheProducer() {
        assertThat(found(V.validate(sample("SE").toBuilder().producer(null).build())))
                .containsExactly(tuple("REQUIRED", "producer.name"));
        assertThat(V.validate(sample("SE").toBuilder().producer(null).nonPartyCompanies(List.of()).build()).violations()).isEmpty();
    }

    /** 001 §1.4: 展览证书 appends the exhibition; 第三方发票 needs name and country, the address is optional. */
    @Test
    void aseanExhibitionAndNonPartyCompanyAreComplete() {
        Certificate c = sample("E").toBuilder().exhibition(new Exhibition("CANTON FAIR", null))
                .nonPartyCompanies(List.of(new NonPartyCompany("TRADER LTD", null, null))).build();
        assertThat(found(V.validate(c))).containsExactlyInAnyOrder(tuple("REQUIRED", "exhibition.address"),
                tuple("REQUIRED", "nonPartyCompanies[0].country"));
    }

    /** 001 §1.25: invoices present, one price term, every goods line referencing one of them. */
    @Test
    void rcepInvoicesAreConsistent() {
        Certificate rc = sample("RC");
        assertThat(found(V.validate(rc.toBuilder().invoices(List.of()).build()))).contains(tuple("REQUIRED", "invoices"),
                tuple("GOODS_INVOICE_UNKNOWN", "goods[0].invoiceNumber"));
        Invoice second = new Invoice("INV-2025-002", LocalDate.of(2025, 10, 1), "CIF", "USD", BigDecimal.TEN, null, null, null);
        List<Invoice> two = new ArrayList<>(rc.invoices());
        two.add(second);
        assertThat(found(V.validate(rc.toBuilder().invoices(two).build())))
                .containsExactly(tuple("RCEP_PRICE_TERMS_DIFFER", "invoices[1].priceTerm"));
        assertThat(found(V.validate(line0(rc, g -> g.invoiceNumber(null))))).containsExactly(tuple("REQUIRED", "goods[0].invoiceNumber"));
    }

    /** 001 §1.16, §1.21 and §1.17: weights on tobacco, an origin country per line on re-export. */
    @Test
    void weightsAndOriginCountriesPerLine() {
        assertThat(found(V.validate(line0(sample("T"), g -> g.netWeight(null)))))
                .containsExactly(tuple("REQUIRED", "goods[0].netWeight"));
        assertThat(found(V.validate(line0(sample("TR"), g -> g.originCountry(null)))))
                .containsExactly(tuple("REQUIRED", "goods[0].originCountry"));
    }

    @Test
    void sequenceDatesAndReplacements() {
        assertThat(found(V.validate(line0(sample("E"), g -> g.seq(2))))).containsExactly(tuple("GOODS_SEQUENCE", "goods[0].seq"));
        assertThat(found(V.validate(sample("E").toBuilder().invoiceDate(LocalDate.of(2025, 10, 6)).build())))
                .containsExactlyInAnyOrder(tuple("INVOICE_AFTER_APPLICATION", "invoiceDate"),
                        tuple("DEPARTURE_BEFORE_INVOICE", "transport.departureDate"));
        Certificate amended = sample("E").toBuilder().category(CertificateCategory.AMENDMENT).build();
        assertThat(found(V.validate(amended))).containsExactlyInAnyOrder(tuple("REPLACEMENT_WITHOUT_ORIGINAL", "originalNumber"),
                tuple("REPLACEMENT_WITHOUT_ORIGINAL", "amendment"));
        assertThat(V.validate(amended.toBuilder().originalNumber("E254565009990001")
                .amendment(new Amendment("WRONG CONSIGNEE", "2", "A", "B", LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3)))
                .build()).violations()).isEmpty();
    }

    /** DOMAIN §3: type + year + enterprise id + serial; 001 ch.4 lets users edit it, so a mismatch is a warning. */
    @Test
    void numbersThatBreakTheRuleAreWarnings() {
        ValidationReport wrongType = V.validate(sample("E").toBuilder().number("C254565009990001").build());
        assertThat(found(wrongType)).containsExactly(tuple("NUMBER_RULE", "number"));
        assertThat(wrongType.valid()).isTrue();
        assertThat(wrongType.violations().get(0).message()).contains("type code is C");
        assertThat(found(V.validate(sample("E").toBuilder().number("E25456500999001").build())))
                .containsExactly(tuple("NUMBER_RULE", "number"));
        assertThat(found(V.validate(sample("E").toBuilder().number("E251234567890001").build())))
                .containsExactly(tuple("NUMBER_RULE", "number"));
        assertThat(V.validate(sample("RC").toBuilder().number("RC254565009990001").build()).violations()).isEmpty();
    }

    @Test
    void lowerCaseAndTotalsAreWarningsOnly() {
        ValidationReport r = V.validate(sample("E").toBuilder().marks("n/m").totalAmount(BigDecimal.ONE).build());
        assertThat(found(r)).containsExactlyInAnyOrder(tuple("NOT_UPPER_CASE", "marks"), tuple("TOTAL_AMOUNT_MISMATCH", "totalAmount"));
        assertThat(r.valid()).isTrue();
    }

    @Test
    void icelandTakesTheThreeCodesOfItsCertificateNotes() {
        assertThat(V.validate(sample("I")).notChecked()).extracting(n -> n.check()).doesNotContain(CertificateValidator.ORIGIN_CRITERION_SET);
        for (String code : List.of("WO", "WP", "PSR")) {
            assertThat(V.validate(line0(sample("I"), g -> g.originCriterion(code))).valid()).as(code).isTrue();
        }
        ValidationReport cth = V.validate(line0(sample("I"), g -> g.originCriterion("CTH")));
        assertThat(cth.has("ORIGIN_CRITERION_NOT_ALLOWED", "goods[0].originCriterion")).isTrue();
    }

    @Test
    void pakistanTakesPAPercentageOfAtLeastFortyOrPsrAsItsBoxEightTableSays() {
        assertThat(V.validate(sample("P")).notChecked()).extracting(n -> n.check()).doesNotContain(CertificateValidator.ORIGIN_CRITERION_SET);
        assertThat(V.validate(line0(sample("P"), g -> g.originCriterion("PSR"))).valid()).isTrue();
        for (String content : List.of("40%", "65%", "100 %")) {
            assertThat(V.validate(line0(sample("P"), g -> g.originCriterion(null).originAuxiliary(content))).violations())
                    .as(content).isEmpty();
        }
        for (String content : List.of("39.9%", "", "40", "101%")) {
            ValidationReport r = V.validate(line0(sample("P"), g -> g.originCriterion(null).originAuxiliary(content)));
            assertThat(r.has("ORIGIN_AUXILIARY", "goods[0].originAuxiliary")).as(content).isTrue();
        }
        ValidationReport wo = V.validate(line0(sample("P"), g -> g.originCriterion("WO")));
        assertThat(wo.has("ORIGIN_CRITERION_NOT_ALLOWED", "goods[0].originCriterion")).isTrue();
    }

    @Test
    void typesWithoutAConfirmedCriteriaListSaySo() {
        ValidationReport r = V.validate(sample("S"));
        assertThat(r.violations()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.check()).contains(CertificateValidator.ORIGIN_CRITERION_SET);
    }

    @Test
    void nonGoodsLinesCarryNoCriterion() {
        List<GoodsItem> goods = new ArrayList<>(sample("K").goods());
        goods.add(GoodsItem.builder().seq(2).nonGoodsItem(true).description("MIXED CONSIGNMENT").build());
        assertThat(V.validate(sample("K").toBuilder().goods(goods).build()).violations()).isEmpty();
    }
}
