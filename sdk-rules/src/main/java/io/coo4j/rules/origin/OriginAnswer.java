package io.coo4j.rules.origin;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * The answer of {@link OriginEngine}: one result per agreement tested.
 *
 * @param results one result per agreement, in the order the agreements were asked for
 */
public record OriginAnswer(List<OriginResult> results) {
    /** Copies the results, refusing a {@code null} one. */
    public OriginAnswer {
        results = InvalidInputException.requireList(results, "origin answer", "results");
    }
}
