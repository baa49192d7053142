package io.coo4j.core.data;

import io.coo4j.core.hs.HsLevel;

/**
 * One row of a product-specific rules annex (产品特定原产地规则) as the data pack publishes it: the chapter, heading
 * or subheading (digits only) it covers, the HS version it is written in, the annex's own rule text (Chinese,
 * untouched), the Chinese description, a doubt flag (empty when the row is sound) and where the row comes from.
 * {@code line} is its line in {@code psr.csv}, for messages.
 *
 * @since 0.1
 */
public record PsrRow(String hsCode, HsLevel level, String hsVersion, String ruleText, String descriptionZh, String flag,
                     String sourceRef, int line) {

    /** Whether the pack marks the row as doubtful; such rows are skipped by rule loaders and counted. */
    public boolean flagged() {
        return !flag.isEmpty();
    }
}
