package io.coo4j.samples.cli;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.RuleCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coo rules}: the rule catalogue. */
@Command(name = "rules", description = "Prints the catalogue of every rule: code, severity, source and messages.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** One rule in the JSON answer. */
    record Row(String code, String severity, String source, String message, String messageZh) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case markdown -> out.print(RuleCatalog.markdown());
            case json -> Output.json(out, RuleCatalog.rules().stream().map(r -> new Row(r.code(), r.severity().name(),
                    r.source(), r.messageTemplate(), r.messageTemplateZh())).toList());
            default -> {
                for (Rule r : RuleCatalog.rules()) {
                    out.printf("%-34s %-7s %s%n", r.code(), r.severity(), r.messageTemplate());
                }
            }
        }
        out.flush();
        return Coo.OK;
    }
}
