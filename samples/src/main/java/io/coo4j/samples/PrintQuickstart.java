package io.coo4j.samples;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.Rendered;
import io.coo4j.print.seal.SealDesign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's printing example, compiled and run by {@code QuickstartTest}: {@code PrintQuickstart CERTIFICATE.json OUT.pdf}. */
public final class PrintQuickstart {
    private PrintQuickstart() {
    }

    public static void main(String[] args) throws IOException {
        // README:print:begin
        Certificate certificate = CooJson.strict().readCertificate(Path.of(args[0]));
        PdfRenderer renderer = PdfRenderer.defaults();               // thread-safe: build once, share
        RenderOptions options = RenderOptions.builder()              // standard original, background pattern
                .enterpriseSeal(SealDesign.of("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND))
                .customsSeal(SealDesign.of("中华人民共和国深圳海关", SealKind.COMPANY, SealShape.ROUND))
                .build();
        Rendered rendered = renderer.render(certificate, options);
        Files.write(Path.of(args[1]), rendered.pdf());
        System.out.println(rendered.pages() + " page(s) " + rendered.warnings());
        // README:print:end
    }
}
