package io.coo4j.client.message;

import java.time.Instant;

/**
 * A receipt (回执) the Single Window import client puts into its InBox, as typed values: a business receipt
 * ({@code Receipt} with {@code CusRespData}: the customs' answer) or a file receipt ({@code FileRet}: the
 * import client's answer to a message or an attachment). Times are the receipt's Beijing times as instants.
 * Immutable.
 *
 * @param kind              which receipt it is
 * @param certificateNumber {@code CertNo}
 * @param channel           {@code Channel} (business receipts)
 * @param type              {@code RepType} of a business receipt, {@code RetType} of a file receipt
 * @param code              {@code RepCode} (business receipts), e.g. {@code 0000}
 * @param message           {@code RepAddMsg} of a business receipt, e.g. 审核通过; {@code Note} of a file receipt
 * @param note              {@code Note}
 * @param receivedAt        {@code ReceiveTime}
 * @param sentAt            {@code SendTime}
 * @param generatedAt       {@code RspGenTime}
 * @param fileName          {@code FileName} (file receipts)
 * @param fileType          {@code FileType} (file receipts)
 * @param status            what the receipt means for the certificate
 * @since 0.1
 */
public record CustomsReceipt(
        Kind kind,
        String certificateNumber,
        String channel,
        String type,
        String code,
        String message,
        String note,
        Instant receivedAt,
        Instant sentAt,
        Instant generatedAt,
        String fileName,
        String fileType,
        ReceiptStatus status) {

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

        public String rootElement() {
            return rootElement;
        }
    }
}
