package io.coo4j.rules.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.model.BillOfMaterials.Product;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agreements' general provisions ({@code origin.json}) with no data pack: wholly obtained and produced from
 * originating materials are decided for every agreement; what depends on an annex coo4j does not have is conditional or
 * undetermined, never a plain yes.
 */
class OriginEngineTest {
    private static final OriginEngine ENGINE = OriginEngine.defaults();

    /** A bill whose codes are in HS 2012, the edition of the China–Korea annex the examples cite. */
    static BillOfMaterials bom(String agreement, String product, String fob, Material... materials) {
        return new BillOfMaterials(agreement, "CN", "KR", new Product(product, new BigDecimal(fob), null, false), List.of(materials),
                "HS2012");
    }

    static Material non(String hs, String value) {
        return new Material(hs, new BigDecimal(value), false, "RU");
    }

    static Material orig(String hs, String value) {
        return new Material(hs, new BigDecimal(value), true, "CN");
    }

    static List<String> trace(OriginResult r) {
        return r.tests().stream().map(t -> t.test() + (t.passed() ? "+" : "-")).toList();
    }

    private static OriginResult one(BillOfMaterials b) {
        return ENGINE.determine(b).results().get(0);
    }

    private static BillOfMaterials wholly(String agreement, String product) {
        return new BillOfMaterials(agreement, "CN", "KR", new Product(product, BigDecimal.TEN, null, true), List.of());
    }

    /**
     * China–ASEAN without its PSR list: the rule for goods outside it (RVC 40 or CTH) passes only on the condition that no
     * product-specific rule covers the product, and failing it decides nothing, for a PSR could be more lenient.
     */
    @Test
    void aseanWithoutItsAnnexIsConditional() {
        OriginResult chair = one(bom("02", "940161", "100", non("440791", "70")));
        assertThat(chair.outcome()).as("RVC 30 % fails, the change of heading passes").isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(chair.qualifies()).isFalse();
        assertThat(chair.criterion()).isEqualTo("CTH");
        assertThat(chair.conditions()).containsExactly("no product-specific rule of agreement 02 covers 9401.61");
        OriginResult rvc = one(bom("02", "851762", "100", non("851770", "50")));
        assertThat(rvc.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(rvc.criterion()).as("001 §1.4: the RVC case leaves the criterion empty").isEqualTo("");
        OriginResult neither = one(bom("02", "851762", "100", non("851770", "61")));
        assertThat(neither.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(neither.tests().get(neither.tests().size() - 1).detail()).contains("may still make the product originating");
        assertThat(one(bom("02", "851762", "100", orig("851770", "61"))).criterion()).isEqualTo("PE");
        assertThat(one(wholly("02", "030389")).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
    }

    /** China–Pakistan notes, Box 8: "P" when wholly produced; the content percentage when under 60 % is imported. */
    @Test
    void pakistanPrintsPOrTheContentPercentage() {
        OriginResult byContent = one(bom("07", "851762", "100", non("851770", "35")));
        assertThat(byContent.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(byContent.criterion()).isEmpty();
        assertThat(byContent.rvc()).isEqualByComparingTo("65.00");
        assertThat(one(bom("07", "851762", "100", non("851770", "61"))).outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(one(wholly("07", "030389")).criterion()).isEqualTo("P");
    }

    /** RCEP Art. 3.2: WO and PE decide with no annex; anything else needs Annex 3A, which no pack has. Never an error. */
    @Test
    void rcepWithoutAnnexDecidesWhollyObtainedAndProducedEntirely() {
        OriginResult fish = one(wholly("22", "030389"));
        assertThat(fish.outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(fish.criterion()).isEqualTo("WO");
        assertThat(fish.tests().get(0).detail()).contains("RCEP Art. 3.2");
        OriginResult pe = one(bom("22", "940161", "100", orig("440791", "30")));
        assertThat(pe.outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(pe.criterion()).isEqualTo("PE");
        OriginResult chair = one(bom("22", "940161", "100", non("440791", "30")));
        assertThat(chair.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(chair.tests().get(2).detail()).contains("no product-specific rules annex for agreement 22").contains("load the annex");
    }

    /**
     * 海关总署公告2024年第46号 第三条: Ecuador's goods outside its PSR list qualify with 区域价值成分不低于40%; without the list
     * that is conditional on the product being outside it.
     */
    @Test
    void ecuadorWithoutAnnexAppliesItsRvc40OnCondition() {
        assertThat(one(wholly("25", "030389")).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(one(bom("25", "940161", "100", orig("440791", "30"))).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        OriginResult rvc = one(bom("25", "940161", "100", non("440791", "60")));
        assertThat(rvc.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(rvc.conditions()).containsExactly("no product-specific rule of agreement 25 covers 9401.61");
        assertThat(rvc.tests().get(2).detail()).contains("公告2024年第46号").contains("不低于40%");
        assertThat(one(bom("25", "940161", "100", non("440791", "61"))).outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
    }

    /** 海关总署公告2024年第74号 第五条: Serbia computes RVC on the ex-works price (出厂价格), not FOB. */
    @Test
    void serbiaComputesOnTheExWorksPrice() {
        BillOfMaterials b = new BillOfMaterials("26", "CN", "RS", new Product("940161", new BigDecimal("100"), new BigDecimal("80"),
                false), List.of(non("440791", "50")), "HS2012");
        OriginResult r = one(b);
        assertThat(r.outcome()).as("(80 − 50) / 80 = 37.5 % < 40 %, though on FOB it would be 50 %")
                .isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(r.tests()).anySatisfy(t -> assertThat(t.detail()).contains("出厂价格").contains("37.50% < 40%"));
        OriginResult noPrice = one(bom("26", "940161", "100", non("440791", "10")));
        assertThat(noPrice.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(noPrice.tests()).anySatisfy(t -> assertThat(t.detail()).contains("which the bill does not give"));
    }

    /** 海关总署公告2024年第111号 第三条: the Honduras early harvest knows only WO and PE. */
    @Test
    void hondurasAllowsOnlyWhollyObtainedAndProducedEntirely() {
        assertThat(one(wholly("27", "030389")).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(one(bom("27", "940161", "100", orig("440791", "30"))).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        OriginResult r = one(bom("27", "940161", "100", non("440791", "1")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        assertThat(r.tests().get(2).detail()).contains("公告2024年第111号").contains("全部使用原产材料生产的");
    }

    /** Every agreement coo4j knows has its general provisions cited. */
    @Test
    void everyKnownAgreementHasItsProvisionsCited() {
        assertThat(ENGINE.agreements()).hasSize(25).contains("01", "02", "19", "22", "24", "25", "26", "27", "28");
        for (String code : ENGINE.agreements()) {
            assertThat(ENGINE.agreement(code).orElseThrow().originatingGoods()).as(code).isNotBlank();
            assertThat(one(wholly(code, "030389")).outcome()).as(code).isEqualTo(OriginOutcome.QUALIFIES);
        }
    }

    @Test
    void everyAgreementWithThePartnerIsTried() {
        List<OriginResult> all = ENGINE.determine(bom(null, "940161", "100", non("440791", "30"))).results();
        assertThat(all).extracting(OriginResult::agreement).containsExactlyInAnyOrder("01", "19", "22");
        OriginResult apta = all.stream().filter(r -> r.agreement().equals("01")).findFirst().orElseThrow();
        assertThat(apta.criterion()).isEqualTo("B");
        assertThat(all).noneMatch(OriginResult::qualifies);
    }

    @Test
    void anUnknownAgreementIsAnError() {
        assertThatThrownBy(() -> ENGINE.determine(bom("99", "940161", "100", non("440791", "30"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not know agreement 99");
    }

    @Test
    void withoutTheAnnexKoreaIsNotDeterminedNeverGuessed() {
        OriginResult korea = one(bom("19", "030389", "100", non("030389", "1")));
        // not a "does not qualify" either: without the annex the engine cannot say, and says so
        assertThat(korea.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(korea.criterion()).isNull();
    }

    @Test
    void aBadBillNamesTheField() {
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "9401", "100"))).hasMessageContaining("product.hsCode");
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "940161", "0"))).hasMessageContaining("product.fobValue");
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "940161", "100", new Material("440791", BigDecimal.ONE, null, "RU"))))
                .hasMessageContaining("materials[0].originating");
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "940161", "100").withHsVersion("HS2023")))
                .hasMessageContaining("hsVersion").hasMessageContaining("HS2023");
    }

    @Test
    void rulesReadAndPrintInTheSameSyntax() {
        for (String rule : List.of("WO", "CTH or RVC(40)", "CC except 52.05-52.07, 54.04 or RVC(40)", "CTSH and RVC(50)",
                "(CTH and RVC(40)) or CC", "CTH and (CC or RVC(35))")) {
            assertThat(OriginRules.parse(rule)).hasToString(rule);
        }
        assertThatThrownBy(() -> OriginRules.parse("CTH or")).hasMessageContaining("position 7");
        assertThatThrownBy(() -> OriginRules.parse("CC except 52.07-52.05")).hasMessageContaining("range");
        assertThatThrownBy(() -> OriginRules.parse("RVC 40")).hasMessageContaining("expected ( after RVC");
    }
}
