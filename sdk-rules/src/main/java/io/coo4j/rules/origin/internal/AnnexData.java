package io.coo4j.rules.origin.internal;

import io.coo4j.rules.internal.RulesData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The built-in data annexes are read with: misprint corrections and the subheading count of each HS edition. */
public final class AnnexData {
    /** A row of {@code annex-errata.json}. */
    public record Erratum(String agreement, String hsVersion, String wrong, String right, String reason, String verify) {
    }

    /** A row of {@code hs-versions.json}. */
    public record HsEdition(String version, int subheadings) {
    }

    private static final class Holder {
        static final List<Erratum> ERRATA = RulesData.load("annex-errata.json", Erratum.class);
        static final Map<String, Integer> SUBHEADINGS = RulesData.load("hs-versions.json", HsEdition.class).stream()
                .collect(Collectors.toUnmodifiableMap(HsEdition::version, HsEdition::subheadings));
    }

    private AnnexData() {
    }

    public static List<Erratum> errata() {
        return Holder.ERRATA;
    }

    /** The number of subheadings of an HS edition, or null when coo4j does not know it. */
    public static Integer subheadings(String version) {
        return Holder.SUBHEADINGS.get(version);
    }
}
