package io.coo4j.samples.cli;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.rules.prereview.PreReviewCheck;
import io.coo4j.rules.prereview.PreReviewChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coo prereview FILE}: a product pre-review against its cost constraints (001 ch.6). */
@Command(name = "prereview", description = "Checks a product pre-review (产品预审, JSON) against the six cost constraints.")
final class PreReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The product pre-review JSON file.")
    Path file;

    @Override
    public Integer call() {
        ProductPreReview p = CooJson.strict().read(file, ProductPreReview.class);
        PreReviewCheck check = new PreReviewChecker(FieldValidator.create(ReferenceData.defaults(), common.dataPack())).check(p);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, check);
        } else {
            Output.report(out, file.toString(), check.report(), false);
            out.println("  non-originating share of the ex-factory price: " + percent(check.nonOriginatingShareOfExFactory())
                    + ", of FOB: " + percent(check.nonOriginatingShareOfFob()));
            out.flush();
        }
        return check.valid() ? Coo.OK : Coo.INVALID;
    }

    private static String percent(java.math.BigDecimal v) {
        return v == null ? "n/a" : v.toPlainString() + "%";
    }
}
