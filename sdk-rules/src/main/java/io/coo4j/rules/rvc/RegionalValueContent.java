package io.coo4j.rules.rvc;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.validation.Checks;
import io.coo4j.rules.internal.RulesData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Regional value content (区域价值成分, docs/domain.md, "Origin"): build-down {@code (FOB − VNM) / FOB × 100} and build-up
 * {@code VOM / FOB × 100}, in {@code BigDecimal}, rounded to 2 decimals HALF_UP, compared with the agreement's
 * general threshold ({@code io/coo4j/rules/rvc.json}) or one the caller passes (a product-specific rule's).
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RegionalValueContent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String SOURCE = "rvc";

    private static final class Defaults {
        static final RegionalValueContent INSTANCE = new RegionalValueContent(
                RulesData.load("rvc.json", RvcRule.class));
    }

    private final Map<String, RvcRule> rules = new LinkedHashMap<>();

    /** With these agreement rules (one per agreement; a later one replaces an earlier). */
    public RegionalValueContent(List<RvcRule> rules) {
        InvalidInputException.requireArgument(rules, "RegionalValueContent", "rules")
                .forEach(r -> this.rules.put(r.agreement(), r));
    }

    /** With the built-in agreement rules. */
    public static RegionalValueContent defaults() {
        return Defaults.INSTANCE;
    }

    /** The agreement's general rule, if coo4j has one. */
    public Optional<RvcRule> rule(@Nullable String agreement) {
        return Optional.ofNullable(agreement == null ? null : rules.get(agreement));
    }

    /**
     * Computes RVC without a threshold.
     *
     * @param vnm value of non-originating materials (build-down); ignored for build-up
     * @param vom value of originating materials (build-up); ignored for build-down
     * @throws InvalidInputException when a figure the method needs is missing or out of range
     */
    public RvcResult compute(RvcMethod method, @Nullable BigDecimal fob, @Nullable BigDecimal vnm, @Nullable BigDecimal vom) {
        return compute(method, fob, vnm, vom, null);
    }

    /**
     * Computes RVC and compares it with {@code threshold} (percent), when given.
     *
     * @throws InvalidInputException when a figure the method needs is missing or out of range
     */
    public RvcResult compute(RvcMethod method, @Nullable BigDecimal fob, @Nullable BigDecimal vnm, @Nullable BigDecimal vom,
                             @Nullable BigDecimal threshold) {
        BigDecimal rvc = value(method, fob, vnm, vom);
        String formula = method == RvcMethod.BUILD_DOWN
                ? "RVC = (FOB - VNM) / FOB x 100 = (" + fob.toPlainString() + " - " + vnm.toPlainString() + ") / "
                        + fob.toPlainString() + " x 100 = " + rvc.toPlainString() + "%"
                : "RVC = VOM / FOB x 100 = " + vom.toPlainString() + " / " + fob.toPlainString() + " x 100 = "
                        + rvc.toPlainString() + "%";
        Boolean passes = threshold == null ? null : rvc.compareTo(threshold) >= 0;
        if (threshold != null) {
            formula += (passes ? " >= " : " < ") + threshold.toPlainString() + "%";
        }
        return new RvcResult(method, rvc, threshold, passes, formula);
    }

    /**
     * The RVC figure alone, in percent at 2 decimals HALF_UP, without the formula text: for callers that compute it
     * in a loop.
     *
     * @throws InvalidInputException when a figure the method needs is missing or out of range
     */
    public BigDecimal value(RvcMethod method, @Nullable BigDecimal fob, @Nullable BigDecimal vnm, @Nullable BigDecimal vom) {
        InvalidInputException.requireArgument(method, SOURCE, "method");
        if (fob == null || fob.signum() <= 0) {
            throw new InvalidInputException(SOURCE, "fob", "the FOB value must be greater than 0");
        }
        requireInRange("fob", fob);
        if (method == RvcMethod.BUILD_DOWN) {
            requireNonNegative("vnm", vnm);
            return fob.subtract(vnm).multiply(HUNDRED).divide(fob, 2, RoundingMode.HALF_UP);
        }
        requireNonNegative("vom", vom);
        return vom.multiply(HUNDRED).divide(fob, 2, RoundingMode.HALF_UP);
    }

    /**
     * Computes RVC under an agreement's general rule: the method must be one the agreement allows, and the
     * threshold is the agreement's (null for agreements whose thresholds are all product-specific).
     *
     * @throws InvalidInputException for an agreement coo4j has no RVC rule for, or a method it does not allow
     */
    public RvcResult compute(String agreement, RvcMethod method, @Nullable BigDecimal fob, @Nullable BigDecimal vnm,
                             @Nullable BigDecimal vom) {
        InvalidInputException.requireArgument(method, SOURCE, "method");
        RvcRule rule = rule(agreement).orElseThrow(() -> new InvalidInputException(SOURCE, "agreement",
                "coo4j has no general RVC rule for agreement " + agreement + "; pass the product-specific rule's threshold"));
        if (!rule.methods().contains(method)) {
            throw new InvalidInputException(SOURCE, "method", "agreement " + agreement + " computes RVC by "
                    + rule.methods() + ", not " + method + " (" + rule.source() + ")");
        }
        return compute(method, fob, vnm, vom, rule.threshold());
    }

    private static void requireNonNegative(String field, @Nullable BigDecimal v) {
        if (v == null) {
            throw new InvalidInputException(SOURCE, field, "required for this method");
        }
        if (v.signum() < 0) {
            throw new InvalidInputException(SOURCE, field, "must not be negative");
        }
        requireInRange(field, v);
    }

    private static void requireInRange(String field, BigDecimal v) {
        if (!Checks.isAmountInRange(v)) {
            throw new InvalidInputException(SOURCE, field, "out of range: at most " + Checks.AMOUNT_INTEGER_DIGITS
                    + " digits before and " + Checks.AMOUNT_FRACTION_DIGITS + " after the decimal point");
        }
    }

    /** Every agreement rule coo4j has. */
    public List<RvcRule> rules() {
        return List.copyOf(rules.values());
    }
}
