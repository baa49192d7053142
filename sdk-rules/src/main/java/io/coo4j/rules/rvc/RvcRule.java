package io.coo4j.rules.rvc;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement's general RVC rule: the formulas it allows and its threshold in percent (null when only its
 * product-specific rules set one). {@code source} cites the agreement; {@code verify} says what is not yet
 * confirmed from its text.
 */
public record RvcRule(String agreement, List<RvcMethod> methods, @Nullable BigDecimal threshold, String source,
    /** Copies the methods, refusing a {@code null} one. */
                      @Nullable String verify) {
    public RvcRule {
        methods = InvalidInputException.requireList(methods, "RVC rule", "methods");
    }
}
