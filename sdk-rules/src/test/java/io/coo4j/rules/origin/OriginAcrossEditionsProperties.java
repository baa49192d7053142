package io.coo4j.rules.origin;

import static io.coo4j.rules.origin.OriginEngineTest.non;
import static io.coo4j.rules.origin.OriginOnTheAnnexTest.engine;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.model.BillOfMaterials.Product;
import io.coo4j.core.testing.SharedData;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The correlation step changes nothing where nothing changed: for an HS 2012 subheading that UNSD maps 1:1 onto the same
 * HS 2022 code ({@code hs2022-hs2012.csv}), a bill in HS 2022 gets exactly the answer the same bill in HS 2012 gets on
 * the China–Korea annex.
 */
class OriginAcrossEditionsProperties {
    private static final class Unchanged {
        static final List<String> CODES = DataPack.load(SharedData.folder()).hsCorrelation().orElseThrow().tables().stream()
                .filter(t -> t.newer().equals("HS2022") && t.older().equals("HS2012")).findFirst().orElseThrow().pairs()
                .entrySet().stream()
                .filter(e -> e.getValue().size() == 1 && e.getValue().get(0).oneToOne() && e.getValue().get(0).code().equals(e.getKey()))
                .map(java.util.Map.Entry::getKey).toList();
    }

    private static List<String> unchanged() {
        SharedData.folder();
        return Unchanged.CODES;
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(unchanged());
    }

    @Provide
    Arbitrary<List<Material>> materials() {
        return Arbitraries.of(unchanged()).flatMap(hs -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("40"))
                .ofScale(2).map(v -> non(hs, v.toPlainString()))).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 500)
    void anUnchangedCodeGetsTheSameAnswerInEitherEdition(@ForAll("codes") String product, @ForAll("materials") List<Material> ms) {
        BillOfMaterials hs2022 = new BillOfMaterials("19", "CN", "KR", new Product(product, new BigDecimal("100"), null, false), ms);
        assertSame(hs2022);
    }

    /** Every such code once, as the product of a bill with a material of another chapter and one of its own heading. */
    @Example
    void everyUnchangedCodeGetsTheSameAnswerInEitherEdition() {
        assertThat(unchanged()).hasSizeGreaterThan(3000);
        for (String code : unchanged()) {
            assertSame(new BillOfMaterials("19", "CN", "KR", new Product(code, new BigDecimal("100"), null, false),
                    List.of(non(code, "8"), non(code.startsWith("44") ? "720810" : "440791", "45"))));
        }
    }

    private static void assertSame(BillOfMaterials hs2022) {
        OriginResult a = engine().determine(hs2022).results().get(0);
        OriginResult b = engine().determine(hs2022.withHsVersion("HS2012")).results().get(0);
        assertThat(a.outcome()).as(hs2022.product().hsCode()).isEqualTo(b.outcome());
        assertThat(a.criterion()).isEqualTo(b.criterion());
        assertThat(a.conditions()).isEqualTo(b.conditions());
        assertThat(a.rvc()).isEqualTo(b.rvc());
    }
}
