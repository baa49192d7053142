package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogueEntry;
import io.coo4j.core.validation.ValidationReport;

/**
 * What the service answers when it keeps a goods catalogue entry (货物维护 … 保存, 001 §1.1): the entry as kept, and the
 * report of the check it passed — the WARNINGS it was kept with (a missing Chinese or English name, which the manual's
 * yellow fields do not name) and the checks the service could not make ({@code HS_CODE_EXISTS} without an HS
 * nomenclature). Kept is not the same as found right: read {@link ValidationReport#violations()} and
 * {@link ValidationReport#notChecked()}. An entry with an ERROR is not kept, and there is no answer of this kind: the
 * call throws {@link InvalidRequestException} naming the path instead. Immutable.
 *
 * @param entry  the entry as the service keeps it (its goods line's {@code seq} 0)
 * @param report the check's report, as sdk-core's {@code GoodsCatalogue.check} makes it: valid, with its warnings and
 *               the checks not made
 * @since 0.1
 */
public record SavedGoodsEntry(GoodsCatalogueEntry entry, ValidationReport report) {
    /** Checks that both components are given (an answer of the service without one is refused, naming it). */
    public SavedGoodsEntry {
        InvalidInputException.requireArgument(entry, "SavedGoodsEntry", "entry");
        InvalidInputException.requireArgument(report, "SavedGoodsEntry", "report");
    }
}
