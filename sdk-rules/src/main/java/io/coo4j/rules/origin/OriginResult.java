package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Origin under one agreement: the outcome, whether the product qualifies outright ({@code outcome == QUALIFIES}),
 * the criterion to print on the certificate when it qualifies, outright or on conditions (null otherwise, or when
 * coo4j does not know the agreement's code for the way it qualified), the build-down RVC in percent (2 decimals
 * HALF_UP), the conditions a {@code QUALIFIES_IF} rests on, in the annex's words, and the trace of every test. The JSON
 * shape of {@code coo origin}.
 *
 * @param agreement  the agreement's two-digit code
 * @param qualifies  whether the product qualifies outright: exactly when {@code outcome} is {@code QUALIFIES}
 * @param outcome    the answer under this agreement
 * @param criterion  the criterion to print on the certificate; null when the product does not qualify or coo4j does
 *                   not know the agreement's code
 * @param rvc        the build-down regional value content in percent, 2 decimals; null when not computed
 * @param conditions the annex's own words for what a {@code QUALIFIES_IF} rests on; empty otherwise
 * @param tests      every test made, in order, with its outcome
 */
public record OriginResult(String agreement, boolean qualifies, OriginOutcome outcome, @Nullable String criterion,
                           @Nullable BigDecimal rvc, List<String> conditions, List<OriginTest> tests) {
    /** Refuses a result whose {@code qualifies} disagrees with its outcome, and copies the lists. */
    public OriginResult {
        InvalidInputException.requireArgument(agreement, "origin result", "agreement");
        InvalidInputException.requireArgument(outcome, "origin result", "outcome");
        if (qualifies != (outcome == OriginOutcome.QUALIFIES)) {
            throw new InvalidInputException("origin result", "qualifies", "true exactly when the outcome is QUALIFIES");
        }
        conditions = InvalidInputException.requireList(conditions, "origin result", "conditions");
        tests = InvalidInputException.requireList(tests, "origin result", "tests");
    }

    /** A result whose {@code qualifies} follows from the outcome. */
    public OriginResult(String agreement, OriginOutcome outcome, @Nullable String criterion, @Nullable BigDecimal rvc,
                        List<String> conditions, List<OriginTest> tests) {
        this(agreement, outcome == OriginOutcome.QUALIFIES, outcome, criterion, rvc, conditions, tests);
    }
}
