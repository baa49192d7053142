package io.coo4j.core.model;

import io.coo4j.core.lifecycle.CertificateState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as the Single Window holds it: the declared document, its lifecycle state, when it was
 * created and issued, its receipts and its attachments. The document ({@link Certificate}) is what the
 * enterprise writes; everything else here is what the service answers.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record CertificateRecord(
        @Nullable Certificate certificate,
        @Nullable CertificateState state,
        @Nullable Instant createdAt,
        @Nullable Instant issuedAt,
        List<Receipt> receipts,
        List<Attachment> attachments) {

    public CertificateRecord {
        receipts = Lists.copy(receipts, "CertificateRecord", "receipts");
        attachments = Lists.copy(attachments, "CertificateRecord", "attachments");
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().certificate(certificate).state(state).createdAt(createdAt).issuedAt(issuedAt)
                .receipts(receipts).attachments(attachments);
    }

    /** Builder of {@link CertificateRecord}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Certificate certificate;
        private @Nullable CertificateState state;
        private @Nullable Instant createdAt;
        private @Nullable Instant issuedAt;
        private List<Receipt> receipts = List.of();
        private List<Attachment> attachments = List.of();

        private Builder() {
        }

        public Builder certificate(@Nullable Certificate v) { certificate = v; return this; }
        public Builder state(@Nullable CertificateState v) { state = v; return this; }
        public Builder createdAt(@Nullable Instant v) { createdAt = v; return this; }
        public Builder issuedAt(@Nullable Instant v) { issuedAt = v; return this; }
        public Builder receipts(List<Receipt> v) { receipts = v; return this; }
        public Builder attachments(List<Attachment> v) { attachments = v; return this; }

        public CertificateRecord build() {
            return new CertificateRecord(certificate, state, createdAt, issuedAt, receipts, attachments);
        }
    }
}
