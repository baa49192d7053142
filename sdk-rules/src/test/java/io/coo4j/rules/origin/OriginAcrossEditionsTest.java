package io.coo4j.rules.origin;

import static io.coo4j.rules.origin.OriginEngineTest.non;
import static io.coo4j.rules.origin.OriginEngineTest.trace;
import static io.coo4j.rules.origin.OriginOnTheAnnexTest.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.model.BillOfMaterials.Product;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exporter's HS 2022 bill decided on the China–Korea annex (HS 2012) through UNSD's correlation of the shared data
 * pack ({@code hs-correlation/hs2022-hs2012.csv}). Each example cites the correlation pair and the annex row.
 */
class OriginAcrossEditionsTest {
    /** A bill in HS 2022, the edition China's tariff uses and the default. */
    static BillOfMaterials bom22(String product, String fob, Material... materials) {
        return new BillOfMaterials("19", "CN", "KR", new Product(product, new BigDecimal(fob), null, false), List.of(materials));
    }

    /** 940131,940130,n:1 then row 9401.30 (#[7049]) 品目改变；或者区域价值成分40%: the swivel chair of issue 15, by CTH. */
    @Test
    void aSingleCandidateDecidesByItsRowsChangeOfHeading() {
        OriginResult r = one(bom22("940131", "100", non("440791", "70")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.QUALIFIES);
        assertThat(r.criterion()).isEqualTo("PSR");
        assertThat(trace(r)).containsExactly("WO-", "PE-", "HS+", "PSR+", "CTH+", "RVC-");
        assertThat(r.tests().get(2).detail()).contains("9401.31 (HS2022) corresponds in HS2012 to 9401.30 (n:1)")
                .contains("hs2022-hs2012.csv (UNSD: HS2022toHS2012ConversionAndCorrelationTables.xlsx)");
        assertThat(r.tests().get(3).detail()).contains("9401.30 (HS2012)").contains("#[7049]");
    }

    /** The same pair and row, failing: parts of seats (9401.99 → 9401.90, same heading) fail CTH and RVC is 35 %. */
    @Test
    void aSingleCandidateFailingOnRvc() {
        OriginResult r = one(bom22("940131", "100", non("940199", "65")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        assertThat(trace(r)).containsExactly("WO-", "PE-", "HS+", "HS+", "PSR+", "CTH-", "DE_MINIMIS-", "RVC-");
        assertThat(r.tests().get(3).detail()).contains("9401.99 (HS2022) corresponds in HS2012 to 9401.90 (n:1)");
        assertThat(r.tests().get(7).detail()).contains("35.00% < 40%");
    }

    /**
     * 846012,846011,n:n and 846012,846090,n:n: rows 8460.11 (#[5978]) 品目改变且区域价值成分50%，同时要求数控单元…具备原产资格
     * and 8460.90 (#[5987]) 品目改变且区域价值成分45%. With RVC 47 % only 8460.90 passes, so the answer rests on it.
     */
    @Test
    void aSplitWithDifferentRulesQualifiesIfItFallsUnderTheCandidateThatPasses() {
        OriginResult r = one(bom22("846012", "100", non("853710", "53")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(r.criterion()).isEqualTo("PSR");
        assertThat(r.conditions()).containsExactly("the product falls under 8460.90 in HS2012 (品目改变且区域价值成分45%)");
        assertThat(r.tests()).filteredOn(t -> t.test().equals("CANDIDATE")).extracting(OriginTest::detail).satisfiesExactly(
                a -> assertThat(a).startsWith("the product falls under 8460.11 in HS2012 (品目改变且区域价值成分50%").endsWith("DOES_NOT_QUALIFY"),
                b -> assertThat(b).startsWith("the product falls under 8460.90 in HS2012").endsWith("QUALIFIES"));
        OriginResult both = one(bom22("846012", "100", non("853710", "30")));
        assertThat(both.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(both.conditions()).singleElement().asString().startsWith("one of: the product falls under 8460.11 in HS2012")
                .contains("数控单元（CNC）具备原产资格").contains("; or the product falls under 8460.90 in HS2012");
        assertThat(one(bom22("846012", "100", non("853710", "60"))).outcome()).as("both candidates fail")
                .isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
    }

    /**
     * A material whose code changed editions: HS 2022 3827.11 (refrigerant mixtures, a new heading) is HS 2012 3824.71
     * (382711,382471,1:1). Under row 3824.90 (#[2476], 品目改变; the product 3824.99 → 3824.90, n:1) it is of the product's
     * own heading, so the change of heading fails where the HS 2022 codes alone would have passed it.
     */
    @Test
    void aMaterialIsTestedInTheAnnexEdition() {
        OriginResult r = one(bom22("382499", "100", non("382711", "30")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        assertThat(trace(r)).containsExactly("WO-", "PE-", "HS+", "HS+", "PSR+", "CTH-", "DE_MINIMIS-");
        assertThat(r.tests().get(3).detail()).contains("3827.11 (HS2022) corresponds in HS2012 to 3824.71 (1:1)");
        assertThat(r.tests().get(5).detail()).contains("382471 (same heading 3824)");
        assertThat(one(bom22("382499", "100", non("382711", "9"))).outcome()).as("within de minimis")
                .isEqualTo(OriginOutcome.QUALIFIES);
    }

    /**
     * A material split between candidates: the HS 2022 drone 8806.21 corresponds to 8525.80, 8802.11 and 8802.20 (n:n).
     * Under row 8802.40 (品目改变; 880240,880240,n:1) only 8525.80 changes heading, so that candidate decides.
     */
    @Test
    void aMaterialSplitBetweenCandidatesNamesTheOneThatDecides() {
        OriginResult split = one(bom22("880240", "100", non("880621", "60")));
        assertThat(split.outcome()).isEqualTo(OriginOutcome.QUALIFIES_IF);
        assertThat(split.conditions()).containsExactly("material 8806.21 falls under 8525.80 in HS2012");
        assertThat(one(bom22("880240", "100", non("880621", "60"), non("880230", "20"))).outcome())
                .as("another material of the product's own heading fails it outright").isEqualTo(OriginOutcome.DOES_NOT_QUALIFY);
        assertThat(one(bom22("880240", "100", non("880621", "5"))).outcome()).as("within de minimis")
                .isEqualTo(OriginOutcome.QUALIFIES);
    }

    /** SOURCE.md defect 3: 8549.21 fans out to 1,018 HS 2012 codes; beyond hs-correlation.json's bound, it is named. */
    @Test
    void theEWasteFanOutIsNotDetermined() {
        OriginResult product = one(bom22("854921", "100", non("740400", "10")));
        assertThat(product.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(product.tests().get(2).detail()).contains("8549.21 (HS2022) corresponds to 1018 subheadings of HS2012")
                .contains("more than the 50");
        OriginResult material = one(bom22("740311", "100", non("854921", "70")));
        assertThat(material.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(material.tests()).anySatisfy(t -> assertThat(t.detail()).contains("cannot be decided").contains("8549.21"));
    }

    /** A code that is no HS 2022 subheading has no partner: named, not decided. */
    @Test
    void aCodeWithoutPartnerIsNotDetermined() {
        OriginResult r = one(bom22("940130", "100", non("440791", "70")));
        assertThat(r.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(r.tests().get(2).detail()).contains("9401.30 (HS2022) has no partner in HS2012");
    }
}
