package io.coo4j.client;

import io.coo4j.core.Masking;

/**
 * A declarant's signature for self-print (签名制作, 003): a scan of the handwritten signature in black ink on white
 * A4 ({@code scan}, JPEG or PNG, at {@code scanDpi}, 600 recommended), at most 4 × 4 cm; the declarant must be the one
 * filed for the enterprise; the remark is at most 200 characters. Immutable by convention: do not change the array.
 *
 * @since 0.1
 */
public record SignatureRequest(String declarantName, String declarantIdNumber, String remark, byte[] scan,
                               Integer scanDpi) {
    @Override
    public String toString() {
        return "SignatureRequest[declarantName=" + declarantName + ", declarantIdNumber="
                + Masking.mask(declarantIdNumber) + ", remark=" + remark + ", scanDpi=" + scanDpi + "]";
    }
}
