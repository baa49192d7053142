package io.coo4j.client.message;

import io.coo4j.client.internal.Components;
import io.coo4j.core.InvalidInputException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A receipt (回执) the Single Window import client puts into its InBox, as typed values: a business receipt
 * ({@code Receipt} with {@code CusRespData}: the customs' answer) or a file receipt ({@code FileRet}: the
 * import client's answer to a message or an attachment). Times are the receipt's Beijing times as instants. Every
 * receipt names its certificate and its type; an element the receipt lacks, or leaves blank, is {@code null}.
 * Immutable.
 *
 * @param kind              which receipt it is
 * @param certificateNumber {@code CertNo}
 * @param channel           {@code Channel} (business receipts); {@code null} when absent
 * @param type              {@code RepType} of a business receipt, {@code RetType} of a file receipt
 * @param code              {@code RepCode} (business receipts), e.g. {@code 0000}; {@code null} when absent
 * @param message           {@code RepAddMsg} of a business receipt, e.g. 审核通过; {@code Note} of a file receipt;
 *                          {@code null} when absent
 * @param note              {@code Note}; {@code null} when absent
 * @param receivedAt        {@code ReceiveTime}; {@code null} when absent
 * @param sentAt            {@code SendTime}; {@code null} when absent
 * @param generatedAt       {@code RspGenTime}; {@code null} when absent
 * @param fileName          {@code FileName} (file receipts); {@code null} when absent
 * @param fileType          {@code FileType} (file receipts); {@code null} when absent
 * @param status            what the receipt means for the certificate; {@link ReceiptStatus#UNKNOWN} when coo4j cannot
 *                          tell
 * @since 0.1
 */
public record CustomsReceipt(
        Kind kind,
        String certificateNumber,
        @Nullable String channel,
        String type,
        @Nullable String code,
        @Nullable String message,
        @Nullable String note,
        @Nullable Instant receivedAt,
        @Nullable Instant sentAt,
        @Nullable Instant generatedAt,
        @Nullable String fileName,
        @Nullable String fileType,
        ReceiptStatus status) {
    /**
     * Checks that the kind, certificate number, type and status are given (a file exchange's journal read back
     * without one, say): an {@link InvalidInputException} names the one missing.
     */
    public CustomsReceipt {
        Components.require(CustomsReceipt.class, kind, certificateNumber, channel, type, code, message, note,
                receivedAt, sentAt, generatedAt, fileName, fileType, status);
    }

    /** The two receipts of the import client. */
    public enum Kind {
        /** {@code Receipt}: the customs' business receipt (业务回执). */
        BUSINESS("Receipt"),
        /** {@code FileRet}: the import client's receipt for a message or an attachment file. */
        FILE("FileRet");

        private final String rootElement;

        Kind(String rootElement) {
            this.rootElement = rootElement;
        }

        /** The receipt's root element: {@code Receipt} or {@code FileRet}. */
        public String rootElement() {
            return rootElement;
        }
    }
}
