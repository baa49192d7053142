package io.coo4j.samples.cli;

import io.coo4j.core.data.TariffAnswer;
import io.coo4j.core.data.TariffAnswer.Outcome;
import io.coo4j.core.data.TariffRates;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coo tariff}: the agreement tariff rate (协定税率查询, 003) of a product in the importing party's schedule, from
 * the data pack's {@code tariffs/<agreement>.csv}. Exit 0 when a line gives the rate; 1 when the pack has no schedule
 * for it or the schedule does not list the code (the answer says which, and never gives a default rate); 2 for an
 * agreement, country, code or year that is not one.
 */
@Command(name = "tariff", description = "The agreement tariff rate (协定税率) of an HS code in the importing party's schedule"
        + " for a year, from the data pack's tariffs/<agreement>.csv; coo4j ships no rates.")
final class TariffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--agreement", required = true, paramLabel = "CODE", description = "The agreement's two-digit code, e.g. 19.")
    String agreement;

    @Option(names = "--country", required = true, paramLabel = "ISO2",
            description = "The importing party whose schedule applies (the destination), e.g. KR; CN for China's.")
    String country;

    @Option(names = "--hs", required = true, paramLabel = "CODE", description = "6, 8 or 10 digits, dots allowed.")
    String hs;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year of import.")
    int year;

    @Override
    public Integer call() {
        TariffAnswer answer = TariffRates.of(common.dataPack()).rate(agreement, country, hs, year);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, answer);
        } else {
            out.println(answer.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + answer.explanation());
            out.flush();
        }
        return answer.outcome() == Outcome.FOUND ? Coo.OK : Coo.INVALID;
    }
}
