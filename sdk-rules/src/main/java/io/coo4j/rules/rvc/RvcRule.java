package io.coo4j.rules.rvc;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement's general RVC rule: the formulas it allows and its threshold in percent (null when only its
 * product-specific rules set one). {@code source} cites the agreement; {@code verify} says what is not yet
 * confirmed from its text.
 *
 * @param agreement the agreement's two-digit code
 * @param methods   the formulas the agreement allows
 * @param threshold the general threshold in percent of FOB; null when only product-specific rules set one
 * @param source    the agreement's article the rule comes from
 * @param verify    what is not yet confirmed from the agreement's text; null when all is
 */
public record RvcRule(String agreement, List<RvcMethod> methods, @Nullable BigDecimal threshold, String source,
                      @Nullable String verify) {
    /** Copies the methods, refusing a {@code null} one. */
    public RvcRule {
        methods = InvalidInputException.requireList(methods, "RVC rule", "methods");
    }
}
