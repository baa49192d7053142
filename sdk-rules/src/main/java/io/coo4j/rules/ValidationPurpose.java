package io.coo4j.rules;

/**
 * What a certificate is validated for. The Single Window saves a draft (暂存) with little and applies every rule
 * when it is declared (申报: 各字段数据通过了逻辑规则校验，可将原产地证书数据申报到海关, 001 §1.1), so a validator
 * answers as the customs would at that step.
 *
 * @since 0.1
 */
public enum ValidationPurpose {
    /**
     * Saving a draft: the field formats, and only the elements the customs message cannot be written without
     * (filing number, exporter code and Chinese name; the type and category). The number may be missing: the
     * Single Window gives it on saving.
     */
    SAVE,
    /** Declaring: every rule — required fields, destination, origin criteria, goods-line caps, consistency. */
    DECLARE
}
