package io.coo4j.rules.rvc;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A regional value content figure: the method, the result in percent (2 decimals, HALF_UP), the threshold it
 * was compared with and whether it passes (both null without an agreement or threshold), and the formula with
 * the figures filled in. The JSON answer of {@code coo rvc}.
 *
 * @param method    how it was computed
 * @param rvc       the regional value content (区域价值成分) in percent
 * @param threshold the threshold in percent; null when none was given
 * @param passes    whether {@code rvc} reaches the threshold; null when none was given
 * @param formula   the formula with the figures, e.g. {@code RVC = (FOB - VNM) / FOB x 100 = (100 - 30) / 100 x 100 = 70.00%}
 */
public record RvcResult(RvcMethod method, BigDecimal rvc, @Nullable BigDecimal threshold, @Nullable Boolean passes,
                        String formula) {
    /** Refuses a missing method, figure or formula. */
    public RvcResult {
        InvalidInputException.requireArgument(method, "RVC result", "method");
        InvalidInputException.requireArgument(rvc, "RVC result", "rvc");
        InvalidInputException.requireArgument(formula, "RVC result", "formula");
    }
}
