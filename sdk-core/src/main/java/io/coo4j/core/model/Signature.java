package io.coo4j.core.model;

import io.coo4j.core.Masking;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A declarant's handwritten signature for self-print (签名, 003): black ink, about 4 × 4 cm, scanned at
 * 600 dpi; the declarant must be the filed one. Remark ≤ 200 characters.
 *
 * @param id the service's key of the signature
 * @param declarantName the declarant's name (申报员姓名)
 * @param declarantIdNumber the declarant's resident identity number (身份证号)
 * @param widthMm the width in millimetres
 * @param heightMm the height in millimetres
 * @param remark a remark, at most 200 characters
 * @param enabled whether the signature is enabled
 * @param imageSha256 the SHA-256 of the image, which travels separately
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
