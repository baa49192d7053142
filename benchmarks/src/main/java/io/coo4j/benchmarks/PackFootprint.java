package io.coo4j.benchmarks;

import io.coo4j.core.data.DataPack;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.rules.origin.PsrAnnex;
import java.nio.file.Path;
import org.openjdk.jol.info.GraphLayout;

/**
 * Issue 8: the memory a loaded data pack holds, measured as the retained object graph (JOL), not guessed from the heap.
 * {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar io.coo4j.benchmarks.PackFootprint DATA_DIR}
 * (the attach flag lets JOL read the field layout of records).
 */
public final class PackFootprint {
    private PackFootprint() {
    }

    public static void main(String[] args) {
        DataPack pack = DataPack.load(Path.of(args.length > 0 ? args[0] : System.getenv(DataPack.ENVIRONMENT_VARIABLE)));
        report("data pack (all tables as rows)", pack);
        report("HS 2022 nomenclature", pack.hsNomenclature().orElseThrow());
        report("China–Korea annex rows", pack.psrTable("19").orElseThrow());
        report("China–Korea annex read into rules", PsrAnnex.parse(pack.psrTable("19").orElseThrow()));
        report("customs districts", pack.customsDistricts().orElseThrow());
        report("origin engine with every annex", OriginEngine.defaults().withAnnexes(pack));
    }

    private static void report(String what, Object root) {
        System.out.printf("%-40s %,12d bytes%n", what, GraphLayout.parseInstance(root).totalSize());
    }
}
