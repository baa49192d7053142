package io.coo4j.rules.origin;

import static io.coo4j.rules.origin.OriginEngineTest.bom;
import static io.coo4j.rules.origin.OriginEngineTest.non;
import static io.coo4j.rules.origin.OriginEngineTest.orig;
import static io.coo4j.rules.origin.OriginEngineTest.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Origin under China–Korea decided by the complete Annex 3-A of the shared data pack (HS 2012), the bills written in
 * HS 2012. Each example cites the annex row it exercises ({@code source_ref} index).
 */
class OriginOnTheAnnexTest {
    private static final class Loaded {
        static final OriginEngine ENGINE = OriginEngine.defaults().withAnnexes(DataPack.load(SharedData.folder()));
    }

    /** The engine with every annex and the correlation tables of the shared data pack, loaded once. */
    static OriginEngine engine() {
        SharedData.folder();
        return Loaded.ENGINE;
    }

    static OriginResult one(BillOfMaterials b) {
        return engine().determine(b).results().get(0);
    }

    /** Annex 3-A row 9401.61 (#[7055]): 品目改变；或者区域价值成分40%. */
    @Test
    void woodenChairQualifiesByChangeOfHeading() {
        OriginResult r = one(bom("19", "940161", "100", non("440791", "30"), orig("940191", "12")));
        assertThat(r.qualifies()).isTrue();
        assertThat(r.criterion()).isEqualTo("PSR");
        assertThat(r.rvc()).isEqualByComparingTo("70.00");
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "CTH+", "RVC+");
        assertThat(r.tests().get(2).detail()).contains("品目改变；或者区域价值成分40%").contains("#[7055]");
    }

    /** The same row decided by each branch: a same-heading part fails CTH, and then RVC decides. */
    @Test
    void eachBranchOfAnAlternativeCanDecide() {
        OriginResult byRvc = one(bom("19", "940161", "100", non("940190", "30")));
        assertThat(byRvc.qualifies()).isTrue();
        assertThat(trace(byRvc)).containsExactly("WO-", "PE-", "PSR+", "CTH-", "DE_MINIMIS-", "RVC+");
        OriginResult neither = one(bom("19", "940161", "100", non("940190", "65")));
        assertThat(neither.qualifies()).isFalse();
        assertThat(neither.criterion()).isNull();
        assertThat(neither.tests().get(5).detail()).contains("35.00% < 40%");
    }

    /** Art. 3.8 on row 8471.30 (#[6066], 品目改变): a material failing the change of heading is allowed up to 10 % of FOB. */
    @Test
    void deMinimisRescuesASmallMaterial() {
        OriginResult r = one(bom("19", "847130", "100", non("847150", "9.99"), non("854232", "80")));
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "CTH-", "DE_MINIMIS+");
        assertThat(r.qualifies()).isTrue();
        assertThat(r.tests().get(4).detail()).contains("9.99 <= 10% of FOB = 10.00");
    }

    /** Art. 3.8 on row 2106.90 (#[843], 品目改变): for chapters 15–24, de minimis only for materials of another subheading. */
    @Test
    void foodProductsGetNoDeMinimisForTheirOwnSubheading() {
        OriginResult own = one(bom("19", "210690", "100", non("210690", "5"), non("170199", "50")));
        assertThat(own.qualifies()).isFalse();
        assertThat(own.tests().get(4).detail()).contains("own subheading 210690");
        OriginResult other = one(bom("19", "210690", "100", non("210610", "5"), non("170199", "50")));
        assertThat(other.qualifies()).as("2106.10 is another subheading of the same heading").isTrue();
    }

    /** Row 8708.99 (#[6637]): 区域价值成分50%. */
    @Test
    void valueContentAloneMustReachItsThreshold() {
        assertThat(one(bom("19", "870899", "200", non("720810", "100"))).qualifies()).isTrue();
        assertThat(one(bom("19", "870899", "200", non("720810", "100.02"))).qualifies()).isFalse();
        assertThat(one(bom("19", "870899", "200", non("720810", "100.01"))).rvc()).as("49.995 rounds HALF_UP to 50.00")
                .isEqualByComparingTo("50.00");
    }

    /** 3501.90 (#[2324]) 品目改变；或者区域价值成分40%: each branch decides on its own. */
    @Test
    void cthOrRvc40IsDecidedByEitherBranch() {
        OriginResult byCth = one(bom("19", "350190", "100", non("350110", "70")));
        assertThat(trace(byCth)).containsExactly("WO-", "PE-", "PSR+", "CTH-", "DE_MINIMIS-", "RVC-");
        assertThat(byCth.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        OriginResult cth = one(bom("19", "350190", "100", non("040120", "70")));
        assertThat(cth.outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(trace(cth)).containsExactly("WO-", "PE-", "PSR+", "CTH+", "RVC-");
        assertThat(cth.tests().get(2).detail()).contains("3501.90 (HS2012)").contains("#[2324]");
        OriginResult rvc = one(bom("19", "350190", "100", non("350110", "60")));
        assertThat(trace(rvc)).containsExactly("WO-", "PE-", "PSR+", "CTH-", "DE_MINIMIS-", "RVC+");
        assertThat(rvc.qualifies()).isTrue();
        assertThat(rvc.criterion()).isEqualTo("PSR");
    }

    /** 8703.21 (#[6592]) 品目改变且区域价值成分60%: failing either part fails the rule. */
    @Test
    void cthAndRvc60FailsOnEitherPart() {
        assertThat(one(bom("19", "870321", "100", non("840734", "30"))).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        OriginResult lowRvc = one(bom("19", "870321", "100", non("840734", "45")));
        assertThat(trace(lowRvc)).containsExactly("WO-", "PE-", "PSR+", "CTH+", "RVC-");
        assertThat(lowRvc.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        OriginResult sameHeading = one(bom("19", "870321", "100", non("870322", "15"), non("840734", "10")));
        assertThat(trace(sameHeading)).containsExactly("WO-", "PE-", "PSR+", "CTH-", "DE_MINIMIS-", "RVC+");
        assertThat(sameHeading.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
    }

    /** 5701.10 (#[3793]) 章改变，但从品目 52.05至52.07…转变来的除外: a chapter change from an excepted heading does not count. */
    @Test
    void anExceptedRangeExcludesAMaterial() {
        OriginResult r = one(bom("19", "570110", "100", non("520612", "70")));
        assertThat(r.tests().get(3).test()).isEqualTo("CC");
        assertThat(r.tests().get(3).passed()).isFalse();
        assertThat(r.tests().get(3).detail()).contains("520612 (from excepted 52.05-52.07)");
        assertThat(r.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        assertThat(one(bom("19", "570110", "100", non("510529", "70"))).outcome()).isEqualTo(OriginOutcome.QUALIFIES);
    }

    /** 2518.20 (#[1293]) 子目改变: a material of another subheading of the same heading is enough. */
    @Test
    void aChangeOfSubheading() {
        OriginResult r = one(bom("19", "251820", "100", non("251810", "90")));
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "CTSH+");
        assertThat(r.qualifies()).isTrue();
        assertThat(one(bom("19", "251820", "100", non("251820", "90"))).outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
    }

    /** 0101.21 (#[0]) 完全获得: any non-originating material fails it, however cheap. */
    @Test
    void whollyObtainedFailsOnAnyNonOriginatingMaterial() {
        OriginResult r = one(bom("19", "010121", "100", orig("230990", "50"), non("230990", "0.01")));
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "WO-");
        assertThat(r.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
    }

    /** 8457.10 (#[5950]): CTH and RVC 50 pass on the bill, and the CNC unit's own origin is left as the stated condition. */
    @Test
    void aRowWithANonComputableConditionQualifiesIf() {
        OriginResult r = one(bom("19", "845710", "100", non("853710", "20"), non("732690", "10")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(r.qualifies()).isFalse();
        assertThat(r.criterion()).isEqualTo("PSR");
        assertThat(r.conditions()).singleElement().asString().contains("数控单元（CNC）具备原产资格");
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "CTH+", "RVC+", "CONDITION+");
        OriginResult failing = one(bom("19", "845710", "100", non("853710", "60")));
        assertThat(failing.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        assertThat(failing.conditions()).isEmpty();
    }

    /** 8106.00 (#[5330]): the bill does not say whether the product is bismuth or its waste, so the answer names the kind. */
    @Test
    void aRulePerKindOfProductQualifiesAsTheKindThatPasses() {
        OriginResult r = one(bom("19", "810600", "100", non("810600", "11"), non("261790", "50")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        OriginResult ore = one(bom("19", "810600", "100", non("261790", "50")));
        assertThat(ore.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(ore.conditions()).containsExactly("the product is 铋及其制品");
        assertThat(trace(ore)).containsExactly("WO-", "PE-", "PSR+", "VARIANT+", "CTSH+", "VARIANT-", "WO-");
    }

    /** A bill that says HS 2012 but carries an HS 2022 code: the code is named, never guessed. */
    @Test
    void aCodeOutsideTheBillsOwnEditionIsNotDetermined() {
        OriginResult product = one(bom("19", "852411", "100", non("901380", "10")));
        assertThat(product.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(product.tests().get(2).detail()).contains("8524.11 (HS2012) does not exist in HS2012").contains("hsVersion");
        OriginResult material = one(bom("19", "940360", "100", non("852411", "70")));
        assertThat(material.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(material.tests().get(3).detail()).contains("8524.11 (HS2012) does not exist in HS2012");
        OriginResult rvcDecides = one(bom("19", "940360", "100", non("852411", "10")));
        assertThat(rvcDecides.outcome()).as("the RVC branch needs no material code").isEqualTo(OriginOutcome.QUALIFIES);
    }

    /** Peru has no rule for goods outside its annex and no de minimis in coo4j's sources: its HS 2007 rows decide alone. */
    @Test
    void anAgreementWithoutAGeneralRuleDecidesByItsAnnex() {
        OriginResult r = one(new BillOfMaterials("12", "CN", "PE", new io.coo4j.core.model.BillOfMaterials.Product("870321",
                new java.math.BigDecimal("100"), null, false), java.util.List.of(non("840734", "40")), "HS2007"));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(r.criterion()).as("CODES.md: Peru prints PSR").isEqualTo("PSR");
        assertThat(r.tests().get(2).detail()).contains("从任何其他品目改变至此，只要其区域价值成分不少于50%").contains("HS2007");
    }
}
