package io.coo4j.rules.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.model.BillOfMaterials.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Examples from the China–Korea annex rows cited in psr-lines.json and from the agreements' general rules. */
class OriginEngineTest {
    private static final OriginEngine ENGINE = OriginEngine.defaults();

    static BillOfMaterials bom(String agreement, String product, String fob, Material... materials) {
        return new BillOfMaterials(agreement, "CN", "KR", new Product(product, new BigDecimal(fob), null, false), List.of(materials));
    }

    static Material non(String hs, String value) {
        return new Material(hs, new BigDecimal(value), false, "RU");
    }

    static Material orig(String hs, String value) {
        return new Material(hs, new BigDecimal(value), true, "CN");
    }

    static OriginResult one(BillOfMaterials b) {
        return ENGINE.determine(b).results().get(0);
    }

    static List<String> trace(OriginResult r) {
        return r.tests().stream().map(t -> t.test() + (t.passed() ? "+" : "-")).toList();
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

    /** Art. 3.8: a material failing the change of classification is allowed up to 10 % of FOB. */
    @Test
    void deMinimisRescuesASmallMaterial() {
        OriginResult r = one(bom("19", "847130", "100", non("847150", "9.99"), non("854232", "80")));
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "CTH-", "DE_MINIMIS+");
        assertThat(r.qualifies()).isTrue();
        assertThat(r.tests().get(4).detail()).contains("9.99 <= 10% of FOB = 10.00");
    }

    /**
     * Art. 3.8 as CODES.md states it: for products of chapters 15–24, de minimis only for materials of another subheading.
     * An engine with one made-up line (2106.90: CTH) shows both sides of the condition.
     */
    @Test
    void foodProductsGetNoDeMinimisForTheirOwnSubheading() {
        OriginEngine engine = new OriginEngine(io.coo4j.core.reference.ReferenceData.defaults(),
                io.coo4j.rules.internal.RulesData.load("origin.json", AgreementOrigin.class),
                List.of(new PsrLine("19", "HS2012", "210690", "CTH", "品目改变", "test line")));
        OriginResult own = engine.determine(bom("19", "210690", "100", non("210690", "5"), non("170199", "50"))).results().get(0);
        assertThat(own.qualifies()).isFalse();
        assertThat(own.tests().get(4).detail()).contains("own subheading 210690");
        OriginResult other = engine.determine(bom("19", "210690", "100", non("210610", "5"), non("170199", "50"))).results().get(0);
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

    /** Row 5701.10 (#[3793]): 章改变，但从品目52.05至52.07 … 转变来的除外；或者区域价值成分40%. */
    @Test
    void anExceptedOriginDefeatsTheChangeOfChapter() {
        OriginResult yarn = one(bom("19", "570110", "100", non("520512", "70")));
        assertThat(trace(yarn)).containsExactly("WO-", "PE-", "PSR+", "CC-", "DE_MINIMIS-", "RVC-");
        assertThat(yarn.tests().get(3).detail()).contains("520512 (from excepted 52.05-52.07)");
        assertThat(one(bom("19", "570110", "100", non("510111", "70"))).qualifies()).as("wool is not excepted").isTrue();
    }

    /** Row 8517.62 (#[6330]): 子目改变；或者区域价值成分40%. */
    @Test
    void changeOfSubheadingIsEnoughWithinAHeading() {
        assertThat(trace(one(bom("19", "851762", "100", non("851770", "80"))))).contains("CTSH+");
    }

    /** Row 0101.21 (#[0]): 完全获得 — a product that is not wholly obtained fails, whatever its materials. */
    @Test
    void whollyObtainedRulesFailOnAnyNonOriginatingMaterial() {
        OriginResult r = one(bom("19", "010121", "100", non("010129", "1")));
        assertThat(r.qualifies()).isFalse();
        assertThat(trace(r)).containsExactly("WO-", "PE-", "PSR+", "WO-");
        BillOfMaterials wo = new BillOfMaterials("19", "CN", "KR", new Product("010121", BigDecimal.TEN, null, true), List.of());
        assertThat(one(wo).criterion()).isEqualTo("WO");
    }

    /** China–ASEAN general rule (RVC 40 or CTH), printed as CTH, or empty with the domestic share (001 §1.4). */
    @Test
    void aseanGeneralRule() {
        OriginResult cth = one(bom("02", "851762", "100", non("854232", "70")));
        assertThat(cth.criterion()).isEqualTo("CTH");
        OriginResult rvc = one(bom("02", "851762", "100", non("851770", "50")));
        assertThat(rvc.qualifies()).isTrue();
        assertThat(rvc.criterion()).isEqualTo("");
        assertThat(one(bom("02", "851762", "100", non("851770", "61"))).qualifies()).isFalse();
        assertThat(one(bom("02", "851762", "100", orig("851770", "61"))).criterion()).isEqualTo("PE");
    }

    /** China–Pakistan notes, Box 8: "P" when wholly produced; the content percentage when under 60 % is imported. */
    @Test
    void pakistanPrintsPOrTheContentPercentage() {
        BillOfMaterials sixty = new BillOfMaterials("07", "CN", "PK", new Product("851762", new BigDecimal("100"), null, false),
                List.of(non("851770", "35")));
        OriginResult byContent = ENGINE.determine(sixty).results().get(0);
        assertThat(byContent.qualifies()).isTrue();
        assertThat(byContent.criterion()).isEmpty();
        assertThat(byContent.rvc()).isEqualByComparingTo("65.00");
        BillOfMaterials tooMuch = new BillOfMaterials("07", "CN", "PK", new Product("851762", new BigDecimal("100"), null, false),
                List.of(non("851770", "61")));
        assertThat(ENGINE.determine(tooMuch).results().get(0).qualifies()).isFalse();
        BillOfMaterials wholly = new BillOfMaterials("07", "CN", "PK", new Product("030389", new BigDecimal("100"), null, true),
                List.of());
        assertThat(ENGINE.determine(wholly).results().get(0).criterion()).isEqualTo("P");
    }

    @Test
    void everyAgreementWithThePartnerIsTried() {
        List<OriginResult> all = ENGINE.determine(bom(null, "940161", "100", non("440791", "30"))).results();
        assertThat(all).extracting(OriginResult::agreement).containsExactlyInAnyOrder("01", "19");
        OriginResult apta = all.stream().filter(r -> r.agreement().equals("01")).findFirst().orElseThrow();
        assertThat(apta.criterion()).isEqualTo("B");
    }

    @Test
    void withoutRulesTheAnswerSaysSoNeverGuesses() {
        assertThatThrownBy(() -> ENGINE.determine(bom("22", "940161", "100", non("440791", "30"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no origin rules for agreement 22");
        OriginResult korea = one(bom("19", "030389", "100", non("030389", "1")));
        // not a "does not qualify" either: without a rule the engine cannot say, and says so
        assertThat(korea.outcome()).isEqualTo(OriginOutcome.NOT_DETERMINED);
        assertThat(korea.criterion()).isNull();
        assertThat(korea.tests().get(2).detail()).contains("no product-specific rule for 030389");
    }

    @Test
    void aBadBillNamesTheField() {
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "9401", "100"))).hasMessageContaining("product.hsCode");
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "940161", "0"))).hasMessageContaining("product.fobValue");
        assertThatThrownBy(() -> ENGINE.determine(bom("19", "940161", "100", new Material("440791", BigDecimal.ONE, null, "RU"))))
                .hasMessageContaining("materials[0].originating");
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

    @Provide
    Arbitrary<List<Material>> materials() {
        return Arbitraries.of("440791", "940190", "854232", "851770", "720810", "520512")
                .flatMap(hs -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("40")).ofScale(2)
                        .map(v -> non(hs, v.toPlainString())))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    /** Originating materials never change the outcome: the tests look at non-originating ones only. */
    @Property(tries = 300)
    void anOriginatingMaterialChangesNothing(@ForAll("materials") List<Material> ms, @ForAll("products") String product) {
        OriginResult before = one(bom("19", product, "100", ms.toArray(new Material[0])));
        List<Material> more = new ArrayList<>(ms);
        more.add(orig("940191", "5"));
        OriginResult after = one(bom("19", product, "100", more.toArray(new Material[0])));
        assertThat(after.qualifies()).isEqualTo(before.qualifies());
        assertThat(after.criterion()).isEqualTo(before.criterion());
    }

    @Provide
    Arbitrary<String> products() {
        return Arbitraries.of("940161", "851762", "870899", "570110", "847130", "610910");
    }
}
