package io.coo4j.rules.origin;

import java.util.List;

/** The answer of {@link OriginEngine}: one result per agreement tested. */
public record OriginAnswer(List<OriginResult> results) {
    public OriginAnswer {
        results = List.copyOf(results);
    }
}
