package io.coo4j.benchmarks;

import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.model.BillOfMaterials.Product;
import io.coo4j.rules.origin.OriginAnswer;
import io.coo4j.rules.origin.OriginEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 3's target: origin determination with 100 materials ≥ 50,000 per second on one core, with no data pack. The
 * product is 9401.61 under China–ASEAN's rule for goods outside its PSR list, "RVC40 or CTH", with one non-originating
 * material in three; without the list the answer is QUALIFIES_IF (no product-specific rule covers it). Annexes:
 * {@link AnnexOriginBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OriginBenchmark {
    private BillOfMaterials bom;

    @Setup
    public void setUp() {
        String[] codes = {"440791", "940191", "830242", "392690", "580810"};
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            materials.add(new Material(codes[i % codes.length], new BigDecimal("0.35"), i % 3 != 0, i % 3 == 0 ? "RU" : "CN"));
        }
        bom = new BillOfMaterials("02", "CN", "SG", new Product("940161", new BigDecimal("100.00"), null, false), materials);
        String outcome = OriginEngine.defaults().determine(bom).results().get(0).outcome().name();
        if (!outcome.equals("QUALIFIES_IF")) {
            throw new IllegalStateException("the benchmark product must qualify on the condition, got " + outcome);
        }
    }

    @Benchmark
    public OriginAnswer determine() {
        return OriginEngine.defaults().determine(bom);
    }
}
