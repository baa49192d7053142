package io.coo4j.benchmarks;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.FontProvider;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.Rendered;
import io.coo4j.print.seal.SealDesign;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 4's targets, in a 256 MB heap: a one-page self-print original (background, enterprise and customs
 * seals, Noto Sans SC subset) ≤ 20 ms median warm, i.e. ≥ 80 pages/s on one core, at most 150 KB; and a
 * 2,000-line certificate rendered whole. Setup prints the sizes. Run from the repository's top folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PrintBenchmark {
    private final PdfRenderer renderer = PdfRenderer.builder().fonts(FontProvider.notoSansSc()).build();
    private Certificate onePage;
    private Certificate twoThousandLines;
    private RenderOptions options;

    @Setup
    public void setUp() {
        onePage = CooJson.strict().readCertificate(Path.of("samples/certificates/E.json"));
        GoodsItem first = onePage.goods().get(0);
        List<GoodsItem> goods = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            goods.add(first.toBuilder().seq(i).nameEn("NETWORK SWITCH MODEL X-" + i)
                    .description("MANAGED ETHERNET SWITCH, 24 PORTS, MODEL X-" + i).build());
        }
        twoThousandLines = onePage.toBuilder().goods(goods).build();
        options = RenderOptions.builder().fixedTime(Instant.parse("2025-10-02T08:00:00Z"))
                .enterpriseSeal(SealDesign.of("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND))
                .customsSeal(SealDesign.of("中华人民共和国深圳海关", SealKind.COMPANY, SealShape.ROUND)).build();
        Rendered one = renderer.render(onePage, options);
        Rendered many = renderer.render(twoThousandLines, options);
        System.err.printf("one page with seals: %d bytes; 2,000 lines: %d pages, %d bytes%n",
                one.pdf().length, many.pages(), many.pdf().length);
    }

    @Benchmark
    public byte[] onePageWithSeals() {
        return renderer.render(onePage, options).pdf();
    }

    @Benchmark
    public byte[] twoThousandLines() {
        return renderer.render(twoThousandLines, options).pdf();
    }
}
