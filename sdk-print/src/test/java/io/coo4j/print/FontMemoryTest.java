package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.internal.FontBank;
import io.coo4j.print.internal.FormPainter;
import io.coo4j.print.internal.Layouts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Issue 17 item 8: the parsed font a renderer keeps does not multiply with the threads that render. */
class FontMemoryTest {
    private static final int THREADS = 64;

    @Test
    void sixtyFourThreadsRenderingHoldAFixedNumberOfParsedFonts() throws Exception {
        FontBank bank = new FontBank(FontProvider.notoSansSc());
        FormPainter painter = new FormPainter(new Layouts(null), bank, ReferenceData.defaults());
        Certificate c = Samples.read("E");
        String layout = ReferenceData.defaults().certificateType("E").orElseThrow().formFamily();
        RenderOptions options = Samples.fixed().build();
        byte[] alone = painter.render(c, layout, options).pdf();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                pdfs.add(pool.submit(() -> {
                    start.await();
                    return painter.render(c, layout, options).pdf();
                }));
            }
            start.countDown();
            for (Future<byte[]> pdf : pdfs) {
                assertThat(pdf.get()).as("a copy lent to one document at a time prints as one never shared")
                        .isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(FontBank.MAX_PARSED).isBetween(1, 8);
        assertThat(bank.parsedCopies()).isBetween(1, FontBank.MAX_PARSED);
    }
}
