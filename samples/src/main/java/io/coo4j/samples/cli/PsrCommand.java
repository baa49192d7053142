package io.coo4j.samples.cli;

import io.coo4j.core.CooException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.PsrTable;
import io.coo4j.rules.origin.PsrAnnex;
import io.coo4j.rules.origin.PsrCoverage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coo psr --agreement CODE}: reads an agreement's product-specific rules annex from the data pack and reports
 * how many rows became rules, which were skipped as flagged, and why the others could not be read. Exit 1 when a row
 * could not be read.
 */
@Command(name = "psr", description = "Reads an agreement's product-specific rules annex from the data pack and reports how many rows parse.")
final class PsrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--agreement", required = true, paramLabel = "CODE", description = "The two-digit agreement code, e.g. 19.")
    String agreement;

    @Override
    public Integer call() {
        DataPack pack = common.dataPack();
        if (pack.folder().isEmpty()) {
            throw new CooException("--agreement " + agreement + ": no data pack; name one with --data DIR or COO4J_DATA");
        }
        PsrTable table = pack.psrTable(agreement).orElseThrow(() -> new CooException("--agreement " + agreement
                + ": the data pack " + pack.folder().get() + " has no annex for it; it has "
                + (pack.psrTables().isEmpty() ? "none" : String.join(", ", pack.psrTables().keySet()))));
        PsrCoverage coverage = PsrAnnex.parse(table).coverage();
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, coverage);
        } else {
            out.println("agreement " + coverage.agreement() + " (" + table.name() + ", " + coverage.hsVersion() + "): "
                    + coverage.rows() + " rows, " + coverage.parsed() + " parsed, " + coverage.skipped() + " skipped as flagged, "
                    + coverage.unparsed().size() + " not readable, " + coverage.corrected().size() + " read through a correction");
            coverage.unparsed().forEach(u -> out.println("  NOT READ " + u.hsCode() + " \"" + u.text() + "\": " + u.reason()));
            coverage.corrected().forEach(c -> out.println("  CORRECTED " + c.hsCode() + ": " + c.note()));
            out.flush();
        }
        return coverage.unparsed().isEmpty() ? Coo.OK : Coo.INVALID;
    }
}
