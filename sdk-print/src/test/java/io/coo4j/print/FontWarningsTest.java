package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.print.seal.SealGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7: a library prints no warnings about its own bundled choices. PDFBox logs through commons-logging,
 * which reaches slf4j-simple here (test scope, warnings and errors on stderr: see the pom). With the standard 14
 * Helvetica, PDFBox warned "Using fallback font LiberationSans for base font Helvetica" for every document on a machine
 * without Helvetica or Arial; neither the Latin font nor Noto Sans SC may make PDFBox or fontbox warn.
 */
class FontWarningsTest {

    @Test
    void renderingAndSealsWithTheBundledFontsLogNoWarning() {
        String logs = stderrOf(() -> {
            // Fresh renderers and generators: a font is made per document, and the first one is where it used to warn.
            for (FontProvider fonts : new FontProvider[] {FontProvider.standard(), FontProvider.notoSansSc()}) {
                PdfRenderer renderer = PdfRenderer.builder().fonts(fonts).build();
                renderer.render(Samples.read("E"), Samples.fixed().build());
                renderer.render(Samples.read("RC"), DocumentKind.INVOICE, Samples.fixed().build());
                SealGenerator.create(fonts).png(SealDesign.of("EXAMPLE CO., LTD.", SealKind.COMPANY, SealShape.ROUND), 150);
            }
            // What the assertion below relies on: a PDFBox warning does reach the captured stream.
            LogFactory.getLog("org.apache.pdfbox.pdmodel.font.FontWarningsTestProbe").warn("probe");
        });
        assertThat(logs).as("the probe's warning was captured").contains("probe");
        assertThat(logs.replaceAll("(?m)^.*FontWarningsTestProbe.*$", "").strip()).as("PDFBox's log while rendering").isEmpty();
    }

    private static String stderrOf(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
