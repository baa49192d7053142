package io.coo4j.benchmarks;

import io.coo4j.excel.GoodsImport;
import io.coo4j.excel.GoodsImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6's target: importing 100,000 goods rows takes at most 5 s with a 256 MB heap — each row converted to a goods
 * line with every cell checked, after the file's zip check. Each iteration is one whole import; the first
 * (warm-up) one is what a fresh JVM pays. The same file read by EasyExcel is {@code benchmarks/easyexcel}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GoodsImportBenchmark {
    static final int ROWS = 100_000;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("coo4j-goods-", ".xlsx");
        GoodsBenchmarkFile.write(file, ROWS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public GoodsImport importGoods(Blackhole lines) {
        // Far more rows than one certificate holds: streamed to the caller, as a bulk import reads them.
        int[] count = {0};
        GoodsImport read = GoodsImporter.defaults().read(file, null, line -> {
            count[0]++;
            lines.consume(line);
        });
        if (count[0] != ROWS || !read.clean()) {
            throw new IllegalStateException("expected " + ROWS + " clean rows, got " + count[0] + " and "
                    + read.errors());
        }
        return read;
    }
}
