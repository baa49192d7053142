package io.coo4j.samples.cli;

import io.coo4j.excel.DateRange;
import io.coo4j.excel.Granularity;
import io.coo4j.excel.StatisticsWorkbook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coo stats FILE --out XLSX}: the business statistics (业务统计) with bar and pie charts. */
@Command(name = "stats", description = "Writes certificate statistics (by type, principal, entry clerk, login user) with charts.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CertificateListOptions list;

    @Option(names = "--per", paramLabel = "PERIOD", defaultValue = "MONTH",
            description = "Period of the login users' counts: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Granularity per;

    @Override
    public Integer call() {
        DateRange range = list.range();
        StatisticsWorkbook.defaults().write(list.entries(), range, per, list.out);
        spec.commandLine().getOut().println("wrote " + list.out + ": statistics of the certificates created " + range);
        spec.commandLine().getOut().flush();
        return Coo.OK;
    }
}
