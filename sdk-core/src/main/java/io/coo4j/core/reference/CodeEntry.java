package io.coo4j.core.reference;

import org.jspecify.annotations.Nullable;

/**
 * One row of a code table: units (计量单位), package kinds (包装种类), transport modes (运输方式), trade
 * modes (贸易方式) and price terms (价格条款, Incoterms 2020). {@code code} is what coo4j's JSON carries;
 * {@code customsCode} the China Customs code where one applies; {@code messageCode} the code of the
 * customs import message (trade modes only); {@code seaOnly} for price terms (FAS, FOB, CFR, CIF).
 * {@code verify} is non-null when a value is not confirmed from a primary source.
 *
 * @param code the code coo4j's JSON carries
 * @param customsCode the China Customs code, where one applies
 * @param messageCode the customs import message's code (trade modes only)
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param seaOnly whether a price term is for sea transport only (FAS, FOB, CFR, CIF)
 * @param verify what is not confirmed from a primary source, {@code null} when all is
 */
public record CodeEntry(
        String code,
        @Nullable String customsCode,
        @Nullable String messageCode,
        @Nullable String nameZh,
        String nameEn,
        @Nullable Boolean seaOnly,
        @Nullable String verify) {
}
