package io.coo4j.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise e-seal for self-print (电子印章, 003): generated from kind and text, or extracted from a
 * 600-dpi scan. Name ≤ 25 Chinese characters, remark ≤ 200; validity within the operator certificate's.
 * A seal is deleted only when disabled. The image itself travels separately ({@code imageSha256}).
 *
 * @param id the service's key of the seal
 * @param name the seal's name, at most 25 Chinese characters
 * @param kind the seal's kind (印章类型)
 * @param shape round, oval or rectangular
 * @param widthMm the width in millimetres
 * @param heightMm the height in millimetres
 * @param extractedFromScan whether the image was extracted from a scan rather than generated
 * @param remark a remark, at most 200 characters
 * @param validFrom the first day the seal may be used
 * @param validUntil the last day the seal may be used
 * @param enabled whether the seal is enabled; only a disabled seal may be deleted
 * @param imageSha256 the SHA-256 of the image, which travels separately
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
