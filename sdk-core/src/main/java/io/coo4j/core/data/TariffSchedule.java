package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * The tariff schedules (减让表, the rates a party applies to the other parties' originating goods) of one agreement as
 * a data pack holds them: {@code tariffs/<agreement>.csv}, the lines of every importing party the user supplied, in
 * file order. coo4j ships no rates; a schedule is the user's, copied from the agreement's annex or the customs
 * announcement each row cites. Immutable.
 *
 * @param agreement the agreement's two-digit code (docs/domain.md), the file's name
 * @param file      the file inside the pack, {@code tariffs/19.csv}
 * @param lines     its rows in file order
 * @since 0.1
 */
public record TariffSchedule(String agreement, String file, List<TariffLine> lines) {
    /** Refuses a {@code null} component or line, and copies the lines. */
    public TariffSchedule {
        InvalidInputException.requireArgument(agreement, "TariffSchedule", "agreement");
        InvalidInputException.requireArgument(file, "TariffSchedule", "file");
        lines = InvalidInputException.requireList(lines, "TariffSchedule", "lines");
    }
}
