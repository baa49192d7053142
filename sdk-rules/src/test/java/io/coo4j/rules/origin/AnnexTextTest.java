package io.coo4j.rules.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.rules.origin.internal.AnnexTextParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar of the annexes' Chinese texts, on the wordings of each annex. */
class AnnexTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            完全获得                                                              | WO
            品目改变                                                              | CTH
            品目改变；或者区域价值成分40%                                          | CTH or RVC(40)
            品目改变且区域价值成分60%                                              | CTH and RVC(60)
            章改变，但从品目 52.05至52.07、品目54.04转变来的除外；或者区域价值成分40% | CC except 52.05-52.07, 54.04 or RVC(40)
            品目改变，但从品目 51.06至51.13、54章、品目55.09至55.16转变来的除外       | CTH except 51.06-51.13, 54, 55.09-55.16
            章改变，但从第4章转变来的除外                                           | CC except 04
            品目改变，但从子目1211.20, 1302.19转变来的除外                           | CTH except 1211.20, 1302.19
            子目改变，但从子目2840.19转变来的除外                                    | CTSH except 2840.19
            从任何其他品目改变至此；或不要求税则归类改变，只要其区域价值成分不少于50%。 | CTH or RVC(50)
            从任何其他品目改变至此，由子目6406.10改变至此除外，只要其区域价值成分不少于50%。 | CTH except 6406.10 and RVC(50)
            从任何其他章改变至此，由第7章或第8章改变至此除外。                        | CC except 07, 08
            从任何其他章改变至此，由01章改变至此除外。                               | CC except 01
            从任何其他品目改变至此，由品目65.01，65.02或65.07改变至此除外             | CTH except 65.01, 65.02, 65.07
            从任何子目改变至此；或不要求税则归类改变，只要其区域价值成分不少于40%。    | CTSH or RVC(40)
            从任何其他品目改变至此且其区域价值成分不少于50%。                        | CTH and RVC(50)
            从任何其他品目改变到该品目，且货物区域价值成分不低于50%                   | CTH and RVC(50)
            货物区域价值成分不低于40%                                               | RVC(40)
            从任何其它章改变到该章，但从第1章改变来的除外                            | CC except 01
            从任何其他品目改变到该品目，但从品目5205或5206改变来的除外                | CTH except 52.05, 52.06
            从任何其他章改变到子目  2518.10                                         | CC
            从任何其他章改变到品目 02.03， 由第1章改变至此的除外                      | CC except 01
            从任何其他品目改变到品目87.03，且区域价值成分不少于50%                    | CTH and RVC(50)
            """)
    void readsEachAnnexWording(String text, String rule) {
        assertThat(OriginRules.parseAnnexText(text)).hasToString(rule).isEqualTo(OriginRules.parse(rule));
    }

    /** China–Korea Annex 3-A, 8457.10 (#[5950]): the CNC unit's own origin is a condition, kept in the annex's words. */
    @Test
    void aRequirementNoBillShowsIsANamedCondition() {
        OriginRule r = OriginRules.parseAnnexText("品目改变且区域价值成分50%，同时要求数控单元（CNC）具备原产资格，应满足品目85.37或者90.32所规定的原产标准");
        assertThat(r).isEqualTo(new OriginRule.AllOf(List.of(new OriginRule.TariffShift(io.coo4j.core.hs.HsLevel.HEADING, List.of()),
                new OriginRule.ValueContent(new java.math.BigDecimal("50")),
                new OriginRule.Condition("要求数控单元（CNC）具备原产资格，应满足品目85.37或者90.32所规定的原产标准"))));
        assertThat(OriginRules.parse(r.toString())).isEqualTo(r);
        assertThat(OriginRules.parseAnnexText("从任何其他品目改变到该品目，如果成品涂有感光乳剂，则该感光乳剂须在缔约方生产；如果需要干燥工序，则上述工序也应在缔约方完成。"))
                .hasToString("CTH and REQUIRE \"如果成品涂有感光乳剂，则该感光乳剂须在缔约方生产；如果需要干燥工序，则上述工序也应在缔约方完成\"");
        assertThat(OriginRules.parseAnnexText("如果动物在中国或秘鲁境内出生并饲养，可赋予原产地。")).isInstanceOf(OriginRule.Condition.class);
    }

    /** Korea 8106.00 (#[5330]), Peru and Costa Rica write a rule per kind of product under one code. */
    @Test
    void aRulePerKindOfProductIsAVariant() {
        OriginRule korea = OriginRules.parseAnnexText("对于铋及其制品：子目改变；\n对于废碎料：完全获得");
        assertThat(korea).hasToString("FOR \"铋及其制品\": CTSH; FOR \"废碎料\": WO");
        assertThat(OriginRules.parse(korea.toString())).isEqualTo(korea);
        OriginRule peru = OriginRules.parseAnnexText("对于锰及其制品： 从任何其他品目改变至此；或不要求税则归类改变，只要其区域价值成分不少于50%。"
                + "            对于废碎料：货物应来自：    1. 在中国或秘鲁境内的制造过程，或者\n2. 在中国或秘鲁境内收集的旧货，\n只要该货物仅适用于原材料回收。");
        assertThat(peru).hasToString("FOR \"锰及其制品\": CTH or RVC(50); FOR \"废碎料\": REQUIRE \"货物应来自：1.在中国或秘鲁境内的制造过程，或者2.在中国或秘鲁境内收集的旧货，只要该货物仅适用于原材料回收\"");
        assertThat(OriginRules.parseAnnexText("对于铋及其制品，从任何其他品目改变到品目81.06；对于废碎料，完全获得")).hasToString("FOR \"铋及其制品\": CTH; FOR \"废碎料\": WO");
    }

    @Test
    void theCodeTheChangeGoesToIsReportedForCheckingTheRow() {
        assertThat(AnnexTextParser.parse("从任何其他品目改变到品目 11.07").targets()).containsExactly("1107");
        assertThat(AnnexTextParser.parse("从任何其他子目改变到子目 2837.20").targets()).containsExactly("283720");
        assertThat(AnnexTextParser.parse("从任何其他品目改变至此").targets()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            章注：就本章而言，剪裁不赋予原产地。                           | expected a rule
            任何其他章改变到品目41.03。允许从同一品目内的骆驼生皮加工改变至此 | expected a rule
            品目改变，但从品目 552.05、52.06转变来的除外                    | found "552.05"
            品目改变，但从品目52.05转变来的                                | expected 、 and another code
            区域价值成分140%                                              | above 100%
            区域价值成分四十%                                             | expected a percentage
            品目改变，但从子目52.05转变来的除外                            | "52.05" is not a subheading
            品目改变，但从品目52.07至52.05转变来的除外                     | not a range
            品目改变；或者                                                | expected a rule
            对于铋及其制品：子目改变                                       | at least two kinds
            """)
    void refusesWhatIsNotARuleWithItsPosition(String text, String problem) {
        assertThatThrownBy(() -> OriginRules.parseAnnexText(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(problem).hasMessageContaining("at character");
    }

    /** Any rule in coo4j's syntax prints to text that reads back as the same rule. */
    @Property(tries = 300)
    void rulesRoundTripThroughTheirText(@ForAll("rules") OriginRule rule) {
        assertThat(OriginRules.parse(rule.toString())).isEqualTo(rule);
    }

    @Provide
    Arbitrary<OriginRule> rules() {
        Arbitrary<OriginRule> atom = Arbitraries.oneOf(
                Arbitraries.just(new OriginRule.WhollyObtained()),
                Arbitraries.integers().between(1, 99).map(n -> new OriginRule.ValueContent(java.math.BigDecimal.valueOf(n))),
                Arbitraries.strings().withChars("品目原产\"\\（）；, ").ofMinLength(1).ofMaxLength(12)
                        .filter(t -> !t.isBlank()).map(OriginRule.Condition::new),
                Combinators.combine(Arbitraries.of(io.coo4j.core.hs.HsLevel.values()),
                        Arbitraries.integers().between(1, 97).list().ofMaxSize(3)).as((level, chapters) ->
                        new OriginRule.TariffShift(level, chapters.stream().map(c -> String.format("%02d", c))
                                .map(c -> new OriginRule.HsRange(c, c)).toList())));
        Arbitrary<OriginRule> all = atom.list().ofMinSize(2).ofMaxSize(3).map(OriginRule.AllOf::new);
        Arbitrary<OriginRule> any = Arbitraries.oneOf(atom, all).list().ofMinSize(2).ofMaxSize(3).map(OriginRule.AnyOf::new);
        Arbitrary<OriginRule> rule = Arbitraries.oneOf(atom, all, any);
        Arbitrary<OriginRule> variants = Combinators.combine(Arbitraries.strings().withChars("铋锰及其制品废碎料").ofMinLength(1)
                .ofMaxLength(6), rule).as(OriginRule.Variant::new).list().ofMinSize(2).ofMaxSize(3).map(OriginRule.Variants::new);
        return Arbitraries.oneOf(rule, variants);
    }
}
