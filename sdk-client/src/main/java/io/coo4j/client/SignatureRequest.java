package io.coo4j.client;

import io.coo4j.core.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A declarant's signature for self-print (签名制作, 003): a scan of the handwritten signature in black ink on white
 * A4 ({@code scan}, JPEG or PNG, at {@code scanDpi}, 600 recommended), at most 4 × 4 cm; the declarant must be the one
 * filed for the enterprise; the remark is at most 200 characters. Immutable by convention: do not change the array.
 *
 * @since 0.1
 */
public record SignatureRequest(
        String declarantName,
        String declarantIdNumber,
        @Nullable String remark,
        byte[] scan,
        Integer scanDpi) {
    @Override
    public String toString() {
        return "SignatureRequest[declarantName=" + declarantName + ", declarantIdNumber="
                + Masking.mask(declarantIdNumber) + ", remark=" + remark + ", scanDpi=" + scanDpi + "]";
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().declarantName(declarantName).declarantIdNumber(declarantIdNumber).remark(remark).scan(scan)
                .scanDpi(scanDpi);
    }

    /** Builder of {@link SignatureRequest}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String declarantName;
        private @Nullable String declarantIdNumber;
        private @Nullable String remark;
        private byte @Nullable [] scan;
        private @Nullable Integer scanDpi;

        private Builder() {
        }

        public Builder declarantName(String v) { declarantName = v; return this; }
        public Builder declarantIdNumber(String v) { declarantIdNumber = v; return this; }
        public Builder remark(@Nullable String v) { remark = v; return this; }
        public Builder scan(byte[] v) { scan = v; return this; }
        public Builder scanDpi(Integer v) { scanDpi = v; return this; }

        /** The request. */
        public SignatureRequest build() {
            return new SignatureRequest(declarantName, declarantIdNumber, remark, scan, scanDpi);
        }
    }
}
