package io.coo4j.core.model;

import io.coo4j.core.Masking;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A declarant's handwritten signature for self-print (签名, 003): black ink, about 4 × 4 cm, scanned at
 * 600 dpi; the declarant must be the filed one. Remark ≤ 200 characters.
 */
public record Signature(
        @Nullable String id,
        @Nullable String declarantName,
        @Nullable String declarantIdNumber,
        @Nullable BigDecimal widthMm,
        @Nullable BigDecimal heightMm,
        @Nullable String remark,
        boolean enabled,
        @Nullable String imageSha256) {

    @Override
    public String toString() {
        return "Signature[id=" + id + ", declarantName=" + declarantName + ", declarantIdNumber="
                + Masking.mask(declarantIdNumber) + ", widthMm=" + widthMm + ", heightMm=" + heightMm
                + ", remark=" + remark + ", enabled=" + enabled + "]";
    }
}
