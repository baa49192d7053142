package io.coo4j.rules.prereview;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.validation.NotChecked;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link PreReviewChecker}: the violations (field checks and the six cost constraints) and the
 * two derived shares in percent, 2 decimals HALF_UP — the non-originating value's share of the unit
 * ex-factory price and of the unit FOB value (null when the denominator is missing or zero). The JSON shape of
 * {@code coo prereview}.
 *
 * @param valid                          whether no violation is an ERROR
 * @param violations                     the broken rules
 * @param notChecked                     the checks that could not run, each with the reason
 * @param nonOriginatingShareOfExFactory the non-originating value's share of the unit ex-factory price (出厂价) in
 *                                       percent; null when that price is missing or zero
 * @param nonOriginatingShareOfFob       the non-originating value's share of the unit FOB value in percent; null when
 *                                       that value is missing or zero
 */
public record PreReviewCheck(
        boolean valid,
        List<Violation> violations,
        List<NotChecked> notChecked,
        @Nullable BigDecimal nonOriginatingShareOfExFactory,
        @Nullable BigDecimal nonOriginatingShareOfFob) {

    /** Copies the lists, refusing a {@code null} element. */
    public PreReviewCheck {
        violations = InvalidInputException.requireList(violations, "pre-review check", "violations");
        notChecked = InvalidInputException.requireList(notChecked, "pre-review check", "notChecked");
    }

    static PreReviewCheck of(ValidationReport report, @Nullable BigDecimal shareOfExFactory, @Nullable BigDecimal shareOfFob) {
        return new PreReviewCheck(report.valid(), report.violations(), report.notChecked(), shareOfExFactory, shareOfFob);
    }

    /** The findings as a plain report. */
    public ValidationReport report() {
        return ValidationReport.of(violations, notChecked);
    }
}
