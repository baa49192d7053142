package io.coo4j.rules.numbering;

import io.coo4j.core.InvalidInputException;
import io.coo4j.rules.numbering.internal.NumberSyntax;
import org.jspecify.annotations.Nullable;

/**
 * What a serial (流水号) counts for: one enterprise, one certificate type, one year (001 ch.4: "4 位自编流水号按照相同
 * 证书类型和相同年份，从 1 开始自动计值"; the enterprise id is part of the number, so each enterprise has its own
 * counters). Source: docs/domain.md, "Certificate numbers".
 *
 * <p>{@code year} is the number's two digits, not a calendar year: 2019 and 2119 would print the same number, so
 * they must share one counter. Immutable and thread-safe; equal keys name the same counter in every
 * {@link SerialStore}.
 *
 * @param enterpriseId nine digits or upper-case letters (see {@link CertificateNumber})
 * @param type         the certificate type code: one or two upper-case letters
 * @param year         the two-digit year, 0–99
 * @since 0.1
 */
public record SerialKey(String enterpriseId, String type, int year) {
    /** Refuses an enterprise id, type or year that breaks the number syntax. */
    public SerialKey {
        require("enterpriseId", NumberSyntax.enterpriseIdProblem(enterpriseId));
        require("type", NumberSyntax.typeProblem(type));
        require("year", NumberSyntax.yearProblem(year));
    }

    /**
     * A key from a type, a year given as two digits (0–99) or as a four-digit calendar year, and an enterprise id.
     *
     * @throws InvalidInputException naming the part that is wrong
     */
    public static SerialKey of(String type, int year, String enterpriseId) {
        return new SerialKey(enterpriseId, type, CertificateNumber.twoDigitYear(year));
    }

    /** The key in messages: {@code type E, year 19, enterprise 456500999}. */
    @Override
    public String toString() {
        return "type " + type + ", year " + NumberSyntax.appendPadded(new StringBuilder(), year, 2)
                + ", enterprise " + enterpriseId;
    }

    private static void require(String part, @Nullable String problem) {
        if (problem != null) {
            throw new InvalidInputException("serial key", part, problem);
        }
    }
}
