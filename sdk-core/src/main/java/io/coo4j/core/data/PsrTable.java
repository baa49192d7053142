package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * A product-specific rules annex of one agreement, as listed in the pack's {@code psr/index.csv}: the agreement's
 * code (docs/domain.md), its name, the pack folder, the HS versions the annex is written in (usually one; a transposition
 * table has two), how the version is known ({@code hsVersionBasis}, e.g. "stated in the GACC notice" or "inferred"),
 * how complete the annex is in the pack's own words, and its rows in file order. Immutable.
 *
 * @param agreement      the agreement's two-digit code, e.g. {@code 19}
 * @param name           the agreement's name, e.g. {@code China–Korea FTA}
 * @param folder         the annex's folder under {@code psr/}, e.g. {@code china-korea}
 * @param hsVersions     the HS editions the annex is written in, e.g. {@code [HS2012]}
 * @param hsVersionBasis how the edition is known, e.g. "stated in the GACC notice"
 * @param completeness   how complete the annex is, in the pack's words, e.g. "complete"
 * @param rows           the annex's rows, in file order
 * @since 0.1
 */
public record PsrTable(String agreement, String name, String folder, List<String> hsVersions, String hsVersionBasis,
                       String completeness, List<PsrRow> rows) {
    /** Refuses a {@code null} component or element, and copies the HS editions and the rows. */
    public PsrTable {
        InvalidInputException.requireArgument(agreement, "PsrTable", "agreement");
        InvalidInputException.requireArgument(name, "PsrTable", "name");
        InvalidInputException.requireArgument(folder, "PsrTable", "folder");
        hsVersions = InvalidInputException.requireList(hsVersions, "PsrTable", "hsVersions");
        InvalidInputException.requireArgument(hsVersionBasis, "PsrTable", "hsVersionBasis");
        InvalidInputException.requireArgument(completeness, "PsrTable", "completeness");
        rows = InvalidInputException.requireList(rows, "PsrTable", "rows");
    }

    /** The HS version label, e.g. {@code HS2012}, or {@code HS2007+HS2012} for a transposition table. */
    public String hsVersion() {
        return String.join("+", hsVersions);
    }
}
