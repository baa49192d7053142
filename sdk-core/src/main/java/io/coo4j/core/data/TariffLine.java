package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of an agreement's tariff schedule (协定税率表) as a data pack holds it ({@code tariffs/<agreement>.csv}): the
 * importing party whose schedule it is, the tariff line's HS code at the precision the schedule gives (6, 8 or 10
 * digits), the year the rate applies in, the rate exactly as published, and where it is published. {@code line} is its
 * line in the file, for messages. Immutable.
 *
 * @param importingCountry the importing party (ISO 3166-1 alpha-2, {@code KR}; {@code CN} for China's own schedule)
 * @param hsCode           6, 8 or 10 digits, as the schedule lists the line
 * @param year             the calendar year of the rate (a schedule's staging: one row per year)
 * @param rate             the rate as published: a decimal ad valorem percentage ({@code 6.5}) or, for any other
 *                         duty, the schedule's own words ({@code 3元/千克}), never converted
 * @param adValorem        the ad valorem percentage when {@code rate} is one ({@code 6.5} for 6.5 %); null for a rate
 *                         in words
 * @param citation         the announcement or annex the rate is published in
 * @param line             the row's line in the file (1-based)
 * @since 0.1
 */
public record TariffLine(String importingCountry, String hsCode, int year, String rate, @Nullable BigDecimal adValorem,
                         String citation, int line) {
    /** Refuses a {@code null} component other than {@code adValorem}. */
    public TariffLine {
        InvalidInputException.requireArgument(importingCountry, "TariffLine", "importingCountry");
        InvalidInputException.requireArgument(hsCode, "TariffLine", "hsCode");
        InvalidInputException.requireArgument(rate, "TariffLine", "rate");
        InvalidInputException.requireArgument(citation, "TariffLine", "citation");
    }

    /** The ad valorem percentage, empty for a rate the schedule states in words (a specific or compound duty). */
    public Optional<BigDecimal> adValoremPercent() {
        return Optional.ofNullable(adValorem);
    }
}
