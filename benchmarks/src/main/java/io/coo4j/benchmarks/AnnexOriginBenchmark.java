package io.coo4j.benchmarks;

import io.coo4j.core.data.DataPack;
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
 * Issues 8 and 15: origin determination with the PSR looked up in the complete China–Korea annex, 100 materials,
 * ≥ 50,000 per second on one core. The product is 8457.10 (CTH and RVC50 and the CNC condition), so every material is
 * tested for the change of heading and the answer is QUALIFIES_IF. {@code determine} reads a bill written in HS 2012, the
 * annex's edition; {@code determineFromHs2022} one in HS 2022, so the product and every material are first brought into
 * HS 2012 through the pack's correlation (among them 9401.99 → 9401.90, 3827.11 → 3824.71 and the drone 8806.21 with
 * three candidates). Needs {@code -Dcoo4j.data=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnnexOriginBenchmark {
    private OriginEngine engine;
    private BillOfMaterials bom;
    private BillOfMaterials bom2022;

    @Setup
    public void setUp() {
        engine = OriginEngine.defaults().withAnnexes(DataPack.load(DataPackBenchmark.dataFolder()));
        bom = bill("HS2012", "853710", "732690", "848310", "850152", "903289");
        bom2022 = bill("HS2022", "853710", "732690", "940199", "382711", "880621");
        for (BillOfMaterials b : List.of(bom, bom2022)) {
            String outcome = engine.determine(b).results().get(0).outcome().name();
            if (!outcome.equals("QUALIFIES_IF")) {
                throw new IllegalStateException("the benchmark product must qualify on the CNC condition, got " + outcome);
            }
        }
    }

    private static BillOfMaterials bill(String edition, String... codes) {
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            materials.add(new Material(codes[i % codes.length], new BigDecimal("0.35"), i % 3 != 0, i % 3 == 0 ? "RU" : "CN"));
        }
        return new BillOfMaterials("19", "CN", "KR", new Product("845710", new BigDecimal("100.00"), null, false), materials,
                edition);
    }

    @Benchmark
    public OriginAnswer determine() {
        return engine.determine(bom);
    }

    @Benchmark
    public OriginAnswer determineFromHs2022() {
        return engine.determine(bom2022);
    }
}
