package io.coo4j.samples.cli;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.validation.NotChecked;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.io.PrintWriter;

/** Prints results as text for people or as canonical JSON for programs. */
final class Output {
    private Output() {
    }

    static void json(PrintWriter out, Object value) {
        out.print(CooJson.strict().write(value));
        out.flush();
    }

    static void report(PrintWriter out, String source, ValidationReport report, boolean json) {
        if (json) {
            json(out, report);
            return;
        }
        long errors = report.violations().stream().filter(Violation::isError).count();
        long warnings = report.violations().size() - errors;
        out.println(source + ": " + (report.valid() ? "valid" : "INVALID") + " (" + errors + " error(s), "
                + warnings + " warning(s), " + report.notChecked().size() + " check(s) not made)");
        for (Violation v : report.violations()) {
            out.println("  " + v.severity() + " " + v.code() + " at " + (v.path().isEmpty() ? "(document)" : v.path())
                    + ": " + v.message() + " / " + v.messageZh() + " [" + v.grade() + ": " + v.source() + "]");
        }
        if (report.omittedViolations() > 0) {
            out.println("  … and " + report.omittedViolations() + " more violation(s), not listed (a report lists at most "
                    + ValidationReport.MAX_VIOLATIONS + ")");
        }
        for (NotChecked n : report.notChecked()) {
            out.println("  NOT CHECKED " + n.check() + ": " + n.reason());
        }
        out.flush();
    }
}
