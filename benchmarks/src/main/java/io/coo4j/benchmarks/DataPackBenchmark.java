package io.coo4j.benchmarks;

import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.HsCorrelation;
import io.coo4j.rules.origin.PsrAnnex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 8's target: loading the China–Korea annex plus the HS nomenclature ≤ 300 ms, here as the whole cost of a usable
 * annex (read and check both CSVs, then read every rule text). {@code korea} uses a pack of just those two tables
 * (linked from the data folder into a temporary one); {@code wholePack} loads every table of the data folder. Needs
 * {@code -Dcoo4j.data=DIR} ({@code COO4J_DATA} with {@code run.sh}). Run also with {@code -bm ss -f 10 -wi 0 -i 1} for
 * the first load in a fresh JVM. Issue 15's target: {@code correlation} loads only the pack's six HS correlation tables
 * (66,000 pairs, every row checked), ≤ 150 ms warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DataPackBenchmark {
    private Path data;
    private Path koreaOnly;
    private Path correlationOnly;

    @Setup
    public void setUp() throws IOException {
        data = dataFolder();
        koreaOnly = Files.createTempDirectory("coo4j-korea-pack");
        Files.createDirectories(koreaOnly.resolve("hs2022"));
        Files.createDirectories(koreaOnly.resolve("psr"));
        Files.createSymbolicLink(koreaOnly.resolve(DataPack.HS2022_FILE), data.resolve(DataPack.HS2022_FILE).toAbsolutePath());
        Files.createSymbolicLink(koreaOnly.resolve("psr/china-korea"), data.resolve("psr/china-korea").toAbsolutePath());
        List<String> index = Files.readAllLines(data.resolve(DataPack.PSR_INDEX_FILE));
        Files.write(koreaOnly.resolve(DataPack.PSR_INDEX_FILE), List.of(index.get(0),
                index.stream().filter(l -> l.startsWith("china-korea,")).findFirst().orElseThrow()));
        correlationOnly = Files.createTempDirectory("coo4j-correlation-pack");
        Files.createSymbolicLink(correlationOnly.resolve("hs-correlation"), data.resolve("hs-correlation").toAbsolutePath());
    }

    /** The data folder named by {@code -Dcoo4j.data}. */
    static Path dataFolder() {
        String dir = System.getProperty("coo4j.data");
        if (dir == null) {
            throw new IllegalStateException("set -Dcoo4j.data=DIR (run.sh: COO4J_DATA) to a data pack folder (docs/data-packs.md)");
        }
        return Path.of(dir);
    }

    @Benchmark
    public PsrAnnex korea() {
        return PsrAnnex.parse(DataPack.load(koreaOnly).psrTable("19").orElseThrow());
    }

    @Benchmark
    public HsCorrelation correlation() {
        return DataPack.load(correlationOnly).hsCorrelation().orElseThrow();
    }

    @Benchmark
    public DataPack wholePack() {
        return DataPack.load(data);
    }
}
