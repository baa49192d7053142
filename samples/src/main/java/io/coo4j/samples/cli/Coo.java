package io.coo4j.samples.cli;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coo} command line. Exit codes: 0 success, 1 the input is invalid or a check failed, 2 usage
 * or unreadable input. Errors are one line on stderr naming the file, path or option; never a stack trace.
 */
@Command(name = "coo", mixinStandardHelpOptions = true, versionProvider = Coo.Version.class,
        description = "coo4j: certificates of origin (原产地证书) from the command line.",
        subcommands = {ValidateCommand.class, OriginCommand.class, PreReviewCommand.class, RvcCommand.class, NumberCommand.class, TypesCommand.class, HsCommand.class,
                RulesCommand.class, PsrCommand.class, PackCommand.class, XmlCommand.class, ReceiptCommand.class, GoodsTemplateCommand.class,
                GoodsImportCommand.class, ExportCommand.class, StatsCommand.class,
                RenderCommand.class, SealCommand.class, AttachmentCheckCommand.class,
                SandboxCommand.class, SubmitCommand.class, StatusCommand.class, DemoCommand.class,
                TariffCommand.class, CommandLine.HelpCommand.class})
public final class Coo {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command with the given streams; what tests and embedders call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Coo());
        cl.registerConverter(BigDecimal.class, value -> {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected a number, got '" + value + "'");
            }
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("coo: " + ex.getMessage());
            err.println("Try 'coo --help' or 'coo help <command>'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException || ex instanceof CooException) {
                err.println("coo: " + ex.getMessage());
            } else {
                // A bug of ours, not the user's: still one line, and the class helps a bug report.
                err.println("coo: unexpected error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage());
            }
            return USAGE;
        });
        return cl.execute(args);
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Coo.class.getPackage().getImplementationVersion();
            return new String[] {"coo4j " + (v == null ? "development" : v)};
        }
    }
}
