package io.coo4j.samples.cli;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.FontProvider;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.print.seal.SealGenerator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coo seal}: a standard e-seal (制式电子签章) as PNG or PDF. */
@Command(name = "seal", description = "Draws a standard red e-seal: round (with star), oval or rectangle; PNG or PDF by the file name.")
final class SealCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The enterprise name on the seal.")
    String text;

    @Option(names = "--shape", defaultValue = "round", description = "round, oval or rectangle (default: ${DEFAULT-VALUE}).")
    String shape;

    @Option(names = "--kind", defaultValue = "company", description = "company, contract or finance (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--out", defaultValue = "seal.png", paramLabel = "PNG|PDF", description = "Output file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--dpi", defaultValue = "600", description = "Resolution of a PNG (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Override
    public Integer call() {
        SealDesign seal = SealDesign.of(text, parse(SealKind.class, "--kind", kind), shape(shape));
        SealGenerator generator = SealGenerator.create(FontProvider.automatic());
        boolean pdf = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        if (!pdf && (dpi < 72 || dpi > SealGenerator.MAX_DPI)) {
            throw new InvalidInputException("--dpi", "", "must be between 72 and " + SealGenerator.MAX_DPI);
        }
        RenderCommand.write(out, pdf ? generator.pdf(seal) : generator.png(seal, dpi));
        spec.commandLine().getOut().printf("wrote %s (%s seal, %.0f × %.0f mm)%n", out,
                seal.shape().name().toLowerCase(Locale.ROOT), seal.widthMm(), seal.heightMm());
        spec.commandLine().getOut().flush();
        return Coo.OK;
    }

    static SealShape shape(String value) {
        return parse(SealShape.class, "--shape", value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option, "", "unknown value " + value);
        }
    }
}
