package io.coo4j.excel.internal;

import io.coo4j.core.reference.GoodsProfile;
import java.util.List;

/**
 * A row of {@code goods-columns.json}: one goods field as a template column. {@code key} is the field's JSON path
 * in a goods line ({@code packages.count}); {@code profiles} empty means every goods profile has it.
 */
public record GoodsColumn(String key, String headerZh, String headerEn, Kind kind, List<GoodsProfile> profiles,
                          int width, String example) {
    public GoodsColumn {
        profiles = List.copyOf(profiles);
    }

    /** What a cell of the column holds, which decides its conversion, number format and drop-down list. */
    public enum Kind {
        TEXT, HS_CODE, INTEGER, DECIMAL, PERCENT, FLAG, UNIT, PACKAGE_KIND, CRITERION, SUB_CRITERION, TAX_RATE_FLAG, COUNTRY,
        /** The code of a goods catalogue entry (货物维护) whose line fills the row's empty cells; no field of its own. */
        CATALOGUE_CODE;

        /** Whether the cell is a number in Excel (right-aligned, with a number format). */
        public boolean numeric() {
            return this == INTEGER || this == DECIMAL || this == PERCENT || this == TAX_RATE_FLAG;
        }
    }

    public boolean appliesTo(GoodsProfile profile) {
        return profiles.isEmpty() || profiles.contains(profile);
    }

    /** The header cell's text: Chinese, a line break, English. */
    public String header() {
        return Labels.bilingual(headerZh, headerEn);
    }
}
