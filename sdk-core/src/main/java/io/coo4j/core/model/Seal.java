package io.coo4j.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise e-seal for self-print (电子印章, 003): generated from kind and text, or extracted from a
 * 600-dpi scan. Name ≤ 25 Chinese characters, remark ≤ 200; validity within the operator certificate's.
 * A seal is deleted only when disabled. The image itself travels separately ({@code imageSha256}).
 */
public record Seal(
        @Nullable String id,
        @Nullable String name,
        @Nullable SealKind kind,
        @Nullable SealShape shape,
        @Nullable BigDecimal widthMm,
        @Nullable BigDecimal heightMm,
        boolean extractedFromScan,
        @Nullable String remark,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        boolean enabled,
        @Nullable String imageSha256) {
}
