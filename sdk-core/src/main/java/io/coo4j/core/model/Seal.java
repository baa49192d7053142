package io.coo4j.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An enterprise e-seal for self-print (电子印章, 003): generated from kind and text, or extracted from a
 * 600-dpi scan. Name ≤ 25 Chinese characters, remark ≤ 200; validity within the operator certificate's.
 * A seal is deleted only when disabled. The image itself travels separately ({@code imageSha256}).
 */
public record Seal(
        String id,
        String name,
        SealKind kind,
        SealShape shape,
        BigDecimal widthMm,
        BigDecimal heightMm,
        boolean extractedFromScan,
        String remark,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean enabled,
        String imageSha256) {
}
