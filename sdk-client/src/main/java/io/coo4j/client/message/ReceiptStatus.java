package io.coo4j.client.message;

import io.coo4j.core.lifecycle.CertificateState;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a receipt (回执) says about its certificate. Which receipt codes mean what is listed in
 * {@code docs/customs-message.md}, confirmed or inferred; a receipt whose codes are not listed is
 * {@link #UNKNOWN}, never guessed. Immutable.
 *
 * @since 0.1
 */
public enum ReceiptStatus {
    /** The import client took the file (a technical receipt); the customs have not answered yet. */
    ACCEPTED("导入成功", CertificateState.SENT),
    /** Received into the customs database, waiting for review (海关入库成功). */
    RECEIVED("海关入库成功", CertificateState.RECEIVED),
    /** Approved (审核通过). */
    APPROVED("审核通过", CertificateState.APPROVED),
    /** Returned by the reviewer with reasons (退证). */
    RETURNED("退证", CertificateState.RETURNED),
    /** Refused before any review: the file or the data could not be taken. The certificate did not move. */
    FAILED("失败", null),
    /** A receipt coo4j cannot interpret; read its code and message. */
    UNKNOWN("未知", null);

    private final String nameZh;
    /** The state the receipt moves the certificate to; {@code null} when it does not move it. */
    private final @Nullable CertificateState state;

    ReceiptStatus(String nameZh, @Nullable CertificateState state) {
        this.nameZh = nameZh;
        this.state = state;
    }

    /** The Chinese label, e.g. 审核通过: the receipt status as the import client and the manuals call it. */
    public String nameZh() {
        return nameZh;
    }

    /** The certificate's state in the Single Window after this receipt; empty when the receipt does not move it. */
    public Optional<CertificateState> certificateState() {
        return Optional.ofNullable(state);
    }
}
