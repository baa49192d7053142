package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link TariffRates#rate}: the agreement tariff rate (协定税率) of a product in the importing party's
 * schedule, or why there is none. Never a default rate: without the line in the pack's schedule the answer says what is
 * missing. Immutable.
 *
 * @param outcome          found, no schedule, or not listed
 * @param agreement        the agreement's two-digit code
 * @param importingCountry the importing party whose schedule was asked
 * @param hsCode           the code asked, digits only
 * @param year             the year asked
 * @param file             the schedule's file in the pack ({@code tariffs/19.csv}); for {@link Outcome#NO_SCHEDULE}
 *                         the file that would supply it
 * @param line             the schedule's line that gives the rate (its code, rate, citation); null unless
 *                         {@link Outcome#FOUND}
 * @param explanation      the answer in words: the rate and its line, that the line is listed at a shorter level than
 *                         the code asked, or what the pack lacks
 * @since 0.1
 */
public record TariffAnswer(Outcome outcome, String agreement, String importingCountry, String hsCode, int year,
                           String file, @Nullable TariffLine line, String explanation) {
    /** Refuses a {@code null} component other than {@code line}. */
    public TariffAnswer {
        InvalidInputException.requireArgument(outcome, "TariffAnswer", "outcome");
        InvalidInputException.requireArgument(agreement, "TariffAnswer", "agreement");
        InvalidInputException.requireArgument(importingCountry, "TariffAnswer", "importingCountry");
        InvalidInputException.requireArgument(hsCode, "TariffAnswer", "hsCode");
        InvalidInputException.requireArgument(file, "TariffAnswer", "file");
        InvalidInputException.requireArgument(explanation, "TariffAnswer", "explanation");
    }

    /** What the query found. */
    public enum Outcome {
        /** The importer's schedule lists a line covering the code for the year: {@link #line()} gives its rate. */
        FOUND,
        /**
         * The pack has no schedule of this agreement and importer (or none for the year): {@link #file()} names the
         * table that would supply it.
         */
        NO_SCHEDULE,
        /** The schedule is in the pack, but no line of it covers the code in that year. */
        NOT_LISTED
    }

    /**
     * Whether the rate comes from a line the schedule lists at fewer digits than the code asked (851762 for
     * 85176200): its rate covers every code under it.
     */
    public boolean matchedAtShorterLevel() {
        return line != null && line.hsCode().length() < hsCode.length();
    }
}
