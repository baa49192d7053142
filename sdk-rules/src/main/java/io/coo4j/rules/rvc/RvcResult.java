package io.coo4j.rules.rvc;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A regional value content figure: the method, the result in percent (2 decimals, HALF_UP), the threshold it
 * was compared with and whether it passes (both null without an agreement or threshold), and the formula with
 * the figures filled in. The JSON answer of {@code coo rvc}.
 */
public record RvcResult(RvcMethod method, BigDecimal rvc, @Nullable BigDecimal threshold, @Nullable Boolean passes,
                        String formula) {
}
