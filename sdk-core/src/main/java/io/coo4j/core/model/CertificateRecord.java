package io.coo4j.core.model;

import io.coo4j.core.lifecycle.CertificateState;
import java.time.Instant;
import java.util.List;

/**
 * A certificate as the Single Window holds it: the declared document, its lifecycle state, when it was
 * created and issued, its receipts and its attachments. The document ({@link Certificate}) is what the
 * enterprise writes; everything else here is what the service answers.
 */
public record CertificateRecord(
        Certificate certificate,
        CertificateState state,
        Instant createdAt,
        Instant issuedAt,
        List<Receipt> receipts,
        List<Attachment> attachments) {

    public CertificateRecord {
        receipts = Lists.copy(receipts);
        attachments = Lists.copy(attachments);
    }
}
