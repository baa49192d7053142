package io.coo4j.benchmarks.easyexcel;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.read.listener.ReadListener;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/**
 * The side-by-side figure for coo4j's GoodsImportBenchmark: the same 100,000-row file, the same heap and the same
 * iterations, read by EasyExcel row by row into its default {@code Map<Integer, String>} per row (cells as text,
 * no conversion to a goods line and no checks, so less work than coo4j's import does).
 *
 * <p>The file is written in the setup by coo4j's own generator, run from the coo4j benchmarks jar in a child JVM so
 * that POI 5.5.1 never meets EasyExcel's POI 5.2.5; {@code -Dcoo4j.benchmarks.jar} names that jar
 * (default {@code benchmarks/target/benchmarks.jar}, relative to the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EasyExcelGoodsBenchmark {
    static final int ROWS = 100_000;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        file = Files.createTempFile("coo4j-goods-", ".xlsx");
        String jar = System.getProperty("coo4j.benchmarks.jar", "benchmarks/target/benchmarks.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", jar, "io.coo4j.benchmarks.GoodsBenchmarkFile",
                file.toString(), String.valueOf(ROWS))).inheritIO().start();
        if (p.waitFor() != 0 || Files.size(file) == 0) {
            throw new IllegalStateException("the coo4j benchmarks jar (" + jar + ") did not write the goods file");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long read() {
        Counter counter = new Counter();
        File f = file.toFile();
        EasyExcel.read(f, counter).headRowNumber(1).sheet(0).doRead();
        // The template's example row is a data row to EasyExcel.
        if (counter.rows != ROWS + 1) {
            throw new IllegalStateException("expected " + (ROWS + 1) + " rows, read " + counter.rows);
        }
        return counter.cells;
    }

    /** Counts rows and non-empty cells, so that every cell's text is looked at. */
    static final class Counter implements ReadListener<Map<Integer, String>> {
        long rows;
        long cells;

        @Override
        public void invoke(Map<Integer, String> row, AnalysisContext context) {
            rows++;
            for (String v : row.values()) {
                if (v != null && !v.isEmpty()) {
                    cells++;
                }
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            // nothing to finish
        }
    }
}
