package io.coo4j.samples.cli;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.rules.origin.OriginAnswer;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.rules.origin.OriginResult;
import io.coo4j.rules.origin.OriginTest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coo origin FILE}: origin of a product from its bill of materials, with the trace, using the annexes of the data
 * pack ({@code --data} or {@code COO4J_DATA}) when there is one. Exit 1 when it qualifies outright nowhere.
 */
@Command(name = "origin", description = "Determines origin from a bill of materials (JSON) under one or all agreements, with the trace.")
final class OriginCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The bill of materials JSON file.")
    Path file;

    @Override
    public Integer call() {
        BillOfMaterials bom = CooJson.strict().read(file, BillOfMaterials.class);
        OriginAnswer answer = OriginEngine.defaults().withAnnexes(common.dataPack()).determine(bom);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, answer);
        } else {
            if (answer.results().isEmpty()) {
                out.println("no agreement with origin rules in coo4j has the import country as a partner");
            }
            for (OriginResult r : answer.results()) {
                out.println("agreement " + r.agreement() + ": " + outcome(r) + ", RVC " + r.rvc().toPlainString() + "%");
                for (OriginTest t : r.tests()) {
                    out.println("  " + (t.passed() ? "pass " : "fail ") + t.test() + ": " + t.detail());
                }
            }
            out.flush();
        }
        return answer.results().stream().anyMatch(OriginResult::qualifies) ? Coo.OK : Coo.INVALID;
    }

    private static String outcome(OriginResult r) {
        String criterion = r.criterion() == null ? "(unknown)" : r.criterion().isEmpty() ? "(left empty)" : r.criterion();
        return switch (r.outcome()) {
            case QUALIFIES -> "qualifies, criterion " + criterion;
            case QUALIFIES_IF -> "qualifies, criterion " + criterion + ", if " + String.join("; and if ", r.conditions());
            case DOES_NOT_QUALIFY -> "does not qualify";
            case NOT_DETERMINED -> "not determined";
        };
    }
}
