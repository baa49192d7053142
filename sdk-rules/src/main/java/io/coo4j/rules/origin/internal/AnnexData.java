package io.coo4j.rules.origin.internal;

import io.coo4j.rules.internal.RulesData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The built-in data annexes are read with: misprint corrections, the subheading count of each HS edition, and how many
 * candidates of another edition coo4j follows.
 */
public final class AnnexData {
    /** A row of {@code annex-errata.json}. */
    public record Erratum(String agreement, String hsVersion, String wrong, String right, String reason, String verify) {
    }

    /** A row of {@code hs-versions.json}. */
    public record HsEdition(String version, int subheadings) {
    }

    /** The row of {@code hs-correlation.json}. */
    public record CorrelationBound(int maxCandidates, String reason, String verify) {
    }

    private static final class Holder {
        static final List<Erratum> ERRATA = RulesData.load("annex-errata.json", Erratum.class);
        static final Map<String, Integer> SUBHEADINGS = RulesData.load("hs-versions.json", HsEdition.class).stream()
                .collect(Collectors.toUnmodifiableMap(HsEdition::version, HsEdition::subheadings));
        static final CorrelationBound BOUND = RulesData.load("hs-correlation.json", CorrelationBound.class).get(0);
    }

    private AnnexData() {
    }

    public static List<Erratum> errata() {
        return Holder.ERRATA;
    }

    /** How many candidates of another edition a code may have and still be decided on, and why that many. */
    public static CorrelationBound correlationBound() {
        return Holder.BOUND;
    }

    /** The number of subheadings of an HS edition, or null when coo4j does not know it. */
    public static Integer subheadings(String version) {
        return Holder.SUBHEADINGS.get(version);
    }
}
