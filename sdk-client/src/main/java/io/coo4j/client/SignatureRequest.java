package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A declarant's signature for self-print (签名制作, 003): a scan of the handwritten signature in black ink on white
 * A4 ({@code scan}, JPEG or PNG, at {@code scanDpi}, 600 recommended), at most 4 × 4 cm; the declarant must be the one
 * filed for the enterprise; the remark is at most 200 characters. Immutable by convention: do not change the array.
 *
 * @param declarantName     the declarant's (申报员) name, as filed for the enterprise
 * @param declarantIdNumber the declarant's identity number, as filed; masked in {@link #toString()}
 * @param remark            a remark, at most 200 characters; {@code null} for none
 * @param scan              the scan of the handwritten signature (JPEG or PNG)
 * @param scanDpi           the scan's resolution in dots per inch
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

        /** The declarant's name. */
        public Builder declarantName(String v) {
            declarantName = InvalidInputException.requireArgument(v, "SignatureRequest.Builder.declarantName", "declarantName");
            return this;
        }

        /** The declarant's identity number. */
        public Builder declarantIdNumber(String v) {
            declarantIdNumber = InvalidInputException.requireArgument(v, "SignatureRequest.Builder.declarantIdNumber", "declarantIdNumber");
            return this;
        }

        /** A remark, at most 200 characters; {@code null} for none. */
        public Builder remark(@Nullable String v) { remark = v; return this; }
        /** The scan of the handwritten signature (JPEG or PNG). */
        public Builder scan(byte[] v) {
            scan = InvalidInputException.requireArgument(v, "SignatureRequest.Builder.scan", "scan");
            return this;
        }

        /** The scan's resolution in dots per inch. */
        public Builder scanDpi(Integer v) {
            scanDpi = InvalidInputException.requireArgument(v, "SignatureRequest.Builder.scanDpi", "scanDpi");
            return this;
        }

        /** The request. */
        public SignatureRequest build() {
            return new SignatureRequest(declarantName, declarantIdNumber, remark, scan, scanDpi);
        }
    }
}
