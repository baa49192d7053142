package io.coo4j.rules.origin;

import static io.coo4j.rules.origin.OriginEngineTest.bom;
import static io.coo4j.rules.origin.OriginEngineTest.non;
import static io.coo4j.rules.origin.OriginEngineTest.orig;
import static io.coo4j.rules.origin.OriginEngineTest.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Origin under China–Korea decided by the complete Annex 3-A of the shared data pack (HS 2012). Each example cites the
 * annex row it exercises ({@code source_ref} index).
 */
class OriginOnTheAnnexTest {
    private static OriginEngine engine;

    @BeforeAll
    static void load() {
        engine = OriginEngine.defaults().withAnnexes(DataPack.load(SharedData.folder()));
    }

    static OriginResult one(BillOfMaterials b) {
        return engine.determine(b).results().get(0);
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

    /** coo4j has no HS 2012 ↔ 2022 correlation: a code outside HS 2012 is named, never mapped. */
    @Test
    void aCodeOutsideTheAnnexEditionIsNotDetermined() {
        OriginResult product = one(bom("19", "852411", "100", non("901380", "10")));
        assertThat(product.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(product.tests().get(2).detail()).contains("8524.11 does not exist in HS2012").contains("no correlation table");
        OriginResult material = one(bom("19", "940360", "100", non("852411", "70")));
        assertThat(material.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(material.tests().get(3).detail()).contains("852411").contains("not subheadings of HS2012");
        OriginResult rvcDecides = one(bom("19", "940360", "100", non("852411", "10")));
        assertThat(rvcDecides.outcome()).as("the RVC branch needs no material code").isEqualTo(OriginOutcome.QUALIFIES);
    }

    /** Peru's annex is known by its rows alone: no general rule, de minimis or criterion code, so no guessed criterion. */
    @Test
    void anAgreementKnownOnlyByItsAnnex() {
        OriginResult r = one(new BillOfMaterials("12", "CN", "PE", new io.coo4j.core.model.BillOfMaterials.Product("870321",
                new java.math.BigDecimal("100"), null, false), java.util.List.of(non("840734", "40"))));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(r.criterion()).isNull();
        assertThat(r.tests().get(2).detail()).contains("从任何其他品目改变至此，只要其区域价值成分不少于50%").contains("HS2007");
    }
}
