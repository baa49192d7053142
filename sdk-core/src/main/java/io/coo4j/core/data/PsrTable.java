package io.coo4j.core.data;

import java.util.List;

/**
 * A product-specific rules annex of one agreement, as listed in the pack's {@code psr/index.csv}: the agreement's
 * code (docs/domain.md), its name, the pack folder, the HS versions the annex is written in (usually one; a transposition
 * table has two), how the version is known ({@code hsVersionBasis}, e.g. "stated in the GACC notice" or "inferred"),
 * how complete the annex is in the pack's own words, and its rows in file order. Immutable.
 *
 * @since 0.1
 */
public record PsrTable(String agreement, String name, String folder, List<String> hsVersions, String hsVersionBasis,
                       String completeness, List<PsrRow> rows) {
    /** Copies the HS editions and the rows. */
    public PsrTable {
        hsVersions = List.copyOf(hsVersions);
        rows = List.copyOf(rows);
    }

    /** The HS version label, e.g. {@code HS2012}, or {@code HS2007+HS2012} for a transposition table. */
    public String hsVersion() {
        return String.join("+", hsVersions);
    }
}
