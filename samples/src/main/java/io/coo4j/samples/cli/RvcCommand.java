package io.coo4j.samples.cli;

import io.coo4j.rules.rvc.RegionalValueContent;
import io.coo4j.rules.rvc.RvcMethod;
import io.coo4j.rules.rvc.RvcResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coo rvc}: regional value content, and pass/fail against the agreement's threshold. */
@Command(name = "rvc", description = "Computes regional value content (build-down or build-up, on FOB).")
final class RvcCommand implements Callable<Integer> {
    enum Method { build_down, build_up }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--fob", required = true, paramLabel = "N", description = "FOB value of the product.")
    BigDecimal fob;

    @Option(names = "--vnm", paramLabel = "N", description = "Value of non-originating materials (build-down).")
    BigDecimal vnm;

    @Option(names = "--vom", paramLabel = "N", description = "Value of originating materials (build-up).")
    BigDecimal vom;

    @Option(names = "--method", defaultValue = "build-down", paramLabel = "build-down|build-up",
            converter = MethodConverter.class, description = "Formula (default: build-down).")
    RvcMethod method;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Agreement code (02, 22, …): its threshold and formulas.")
    String agreement;

    /** Accepts the documented spellings {@code build-down} and {@code build-up}. */
    static final class MethodConverter implements picocli.CommandLine.ITypeConverter<RvcMethod> {
        @Override
        public RvcMethod convert(String value) {
            return switch (value) {
                case "build-down" -> RvcMethod.BUILD_DOWN;
                case "build-up" -> RvcMethod.BUILD_UP;
                default -> throw new picocli.CommandLine.TypeConversionException("expected build-down or build-up, got " + value);
            };
        }
    }

    @Override
    public Integer call() {
        RegionalValueContent rvc = RegionalValueContent.defaults();
        RvcResult r = agreement == null ? rvc.compute(method, fob, vnm, vom) : rvc.compute(agreement, method, fob, vnm, vom);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, r);
        } else {
            out.println(r.formula() + (r.passes() == null ? "" : r.passes() ? "  (passes)" : "  (fails)"));
            out.flush();
        }
        return Boolean.FALSE.equals(r.passes()) ? Coo.INVALID : Coo.OK;
    }
}
