package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsLevel;

/**
 * One row of a product-specific rules annex (产品特定原产地规则) as the data pack publishes it: the chapter, heading
 * or subheading (digits only) it covers, the HS version it is written in, the annex's own rule text (Chinese,
 * untouched), the Chinese description, a doubt flag (empty when the row is sound) and where the row comes from.
 * {@code line} is its line in {@code psr.csv}, for messages.
 *
 * @param hsCode        the chapter, heading or subheading the row covers: 2, 4 or 6 digits, no dots
 * @param level         the level {@code hsCode} is at
 * @param hsVersion     the HS edition the row is written in, e.g. {@code HS2012}
 * @param ruleText      the annex's rule in its own words, e.g. {@code 从任何其他章改变到品目 01.02}
 * @param descriptionZh the product's Chinese description, as the annex gives it; may be empty
 * @param flag          why the pack doubts the row, e.g. {@code SOURCE_CODE_ROUNDED}; empty when it is sound
 * @param sourceRef     where the row comes from: the publisher's file and the entry in it
 * @param line          the row's line in {@code psr.csv} (1-based)
 * @since 0.1
 */
public record PsrRow(String hsCode, HsLevel level, String hsVersion, String ruleText, String descriptionZh, String flag,
                     String sourceRef, int line) {
    /** Refuses a {@code null} component: an absent text is empty. */
    public PsrRow {
        InvalidInputException.requireArgument(hsCode, "PsrRow", "hsCode");
        InvalidInputException.requireArgument(level, "PsrRow", "level");
        InvalidInputException.requireArgument(hsVersion, "PsrRow", "hsVersion");
        InvalidInputException.requireArgument(ruleText, "PsrRow", "ruleText");
        InvalidInputException.requireArgument(descriptionZh, "PsrRow", "descriptionZh");
        InvalidInputException.requireArgument(flag, "PsrRow", "flag");
        InvalidInputException.requireArgument(sourceRef, "PsrRow", "sourceRef");
    }

    /** Whether the pack marks the row as doubtful; such rows are skipped by rule loaders and counted. */
    public boolean flagged() {
        return !flag.isEmpty();
    }
}
