package io.coo4j.samples.cli;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.DocumentKind;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.PrintMode;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.Rendered;
import io.coo4j.print.seal.SealExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coo render}: a certificate's self-print documents as PDF. */
@Command(name = "render", description = "Renders a certificate (JSON) as PDF: the certificate, application form, invoice or slip.")
final class RenderCommand implements Callable<Integer> {
    enum Form { certificate, application, invoice, slip }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The certificate JSON file.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "PDF", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--form", defaultValue = "certificate", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Form form;

    @Option(names = "--copy", description = "Mark it COPY (副本); no background pattern.")
    boolean copy;

    @Option(names = "--overlay", description = "Only the data, for a pre-printed blank (套打).")
    boolean overlay;

    @Option(names = "--offset", paramLabel = "X,Y", split = ",", description = "Overlay calibration in mm (right, down).")
    double[] offset;

    @Option(names = "--seal", paramLabel = "IMG", description = "A scan of the enterprise seal (red or blue ink) to lift and stamp.")
    Path seal;

    @Option(names = "--seal-shape", defaultValue = "round", description = "round, oval or rectangle: the seal's size limit.")
    String sealShape;

    @Option(names = "--signature", paramLabel = "IMG", description = "A scan of the declarant's signature (black ink).")
    Path signature;

    @Option(names = "--dpi", defaultValue = "600", description = "Resolution of the scans (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--hyphen", description = "A hyphen where a word breaks across lines (连词符转换).")
    boolean hyphen;

    @Option(names = "--reproducible", description = "Date the PDF at the application date, so the same input gives the same bytes.")
    boolean reproducible;

    @Override
    public Integer call() {
        Certificate c = CooJson.strict().readCertificate(file);
        RenderOptions.Builder options = RenderOptions.builder()
                .mode(overlay ? PrintMode.OVERLAY : PrintMode.STANDARD).copy(copy).hyphenate(hyphen);
        if (offset != null) {
            if (offset.length != 2) {
                throw new InvalidInputException("--offset", "", "expected X,Y in mm");
            }
            options.offset(offset[0], offset[1]);
        }
        if (seal != null) {
            options.enterpriseSeal(SealExtractor.seal(SealExtractor.readScan(seal), dpi, SealCommand.shape(sealShape)));
        }
        if (signature != null) {
            options.declarantSignature(SealExtractor.signature(SealExtractor.readScan(signature), dpi));
        }
        if (reproducible) {
            options.fixedTime(c.applicationDate() == null ? java.time.Instant.EPOCH
                    : c.applicationDate().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        RenderOptions built;
        try {
            built = options.build();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--offset", "", e.problem());
        }
        DocumentKind kind = DocumentKind.valueOf(form.name().toUpperCase(Locale.ROOT));
        if (overlay && kind != DocumentKind.CERTIFICATE) {
            throw new InvalidInputException("--overlay", "", "overlay printing is for certificates only");
        }
        Rendered r = PdfRenderer.defaults().render(c, kind, built);
        write(out, r.pdf());
        PrintWriter w = spec.commandLine().getOut();
        w.println("wrote " + out + " (" + r.pages() + (r.pages() == 1 ? " page)" : " pages)"));
        r.warnings().forEach(x -> w.println("warning: " + x));
        w.flush();
        return Coo.OK;
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot write: " + e.getMessage());
        }
    }
}
