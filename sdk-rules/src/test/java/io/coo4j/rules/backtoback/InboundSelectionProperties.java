package io.coo4j.rules.backtoback;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.InboundLine;
import io.coo4j.core.model.Quantity;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random selections never draw more on an inbound line than it covers (ACFTA OCP Rule 12(a)(iv); RCEP Article
 * 3.19.1(e)): a selection either comes back within every line's quantity, keeping each line's criterion and country,
 * or is refused as a whole.
 */
class InboundSelectionProperties {
    record Case(List<InboundLine> lines, List<InboundPick> picks) {
    }

    @Property(tries = 500)
    void selectionsNeverExceedTheInboundQuantities(@ForAll("cases") Case c) {
        Map<Integer, BigDecimal> wanted = new HashMap<>();
        c.picks().forEach(p -> wanted.merge(p.itemNumber(), p.quantity(), BigDecimal::add));
        boolean fits = wanted.entrySet().stream().allMatch(e -> e.getValue()
                .compareTo(c.lines().get(e.getKey() - 1).quantity().value()) <= 0);
        List<PickedLine> picked;
        try {
            picked = InboundSelection.pick(c.lines(), c.picks());
        } catch (InvalidInputException e) {
            assertThat(fits).as("refused only what does not fit: " + e.getMessage()).isFalse();
            return;
        }
        assertThat(fits).as("accepted only what fits").isTrue();
        Map<Integer, BigDecimal> drawn = new HashMap<>();
        for (PickedLine p : picked) {
            drawn.merge(p.from().itemNumber(), p.goods().quantity().value(), BigDecimal::add);
            assertThat(p.goods().originCriterion()).isEqualTo(p.from().originCriterion());
            assertThat(p.goods().originCountry()).isEqualTo(p.from().originCountry());
            assertThat(p.goods().quantity().unit()).isEqualTo(p.from().quantity().unit());
        }
        drawn.forEach((item, total) -> assertThat(total).isLessThanOrEqualTo(c.lines().get(item - 1).quantity().value()));
        assertThat(picked).extracting(p -> p.goods().seq()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, c.picks().size()).boxed().toList());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000"))
                .ofScale(2);
        return Arbitraries.integers().between(1, 6).flatMap(n -> {
            Arbitrary<List<InboundLine>> lines = amount.list().ofSize(n).map(qs -> IntStream.range(0, n)
                    .mapToObj(i -> InboundLine.builder().itemNumber(i + 1).hsCode("8517620" + i).description("ITEM " + i)
                            .originCriterion(i % 2 == 0 ? "WO" : "PSR").originCountry(i % 3 == 0 ? "VN" : "TH")
                            .quantity(new Quantity(qs.get(i), i % 2 == 0 ? "PCS" : "SETS")).build()).toList());
            Arbitrary<List<InboundPick>> picks = Combinators.combine(Arbitraries.integers().between(1, n), amount)
                    .as(InboundPick::new).list().ofMaxSize(8);
            return Combinators.combine(lines, picks).as(Case::new);
        });
    }
}
