package io.coo4j.core.data.internal;

import java.util.List;

/** The editions of the Harmonized System a data pack may name, oldest first (so they also sort by age). */
final class HsEditions {
    static final List<String> ALL = List.of("HS1992", "HS1996", "HS2002", "HS2007", "HS2012", "HS2017", "HS2022");

    private HsEditions() {
    }

    /** The problem with a version label, or null when it is one of {@link #ALL}. */
    static String problem(String version) {
        return ALL.contains(version) ? null : "unknown HS version \"" + version + "\": expected one of " + String.join(", ", ALL);
    }
}
