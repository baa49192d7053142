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
 *
 * @param certificate the declared document
 * @param state the lifecycle state (状态)
 * @param createdAt when the service created the record
 * @param issuedAt when the certificate was issued (签证), {@code null} until then
 * @param receipts the service's receipts (回执)
 * @param attachments the attachments (随附单据)
 */
public record CertificateRecord(
        @Nullable Certificate certificate,
        @Nullable CertificateState state,
        @Nullable Instant createdAt,
        @Nullable Instant issuedAt,
        List<Receipt> receipts,
        List<Attachment> attachments) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public CertificateRecord(@Nullable Certificate certificate, @Nullable CertificateState state,
            @Nullable Instant createdAt, @Nullable Instant issuedAt, @Nullable List<Receipt> receipts,
            @Nullable List<Attachment> attachments) {
        // Not compact: the parameter may be null, the component never is.
        receipts = Lists.copy(receipts, "CertificateRecord", "receipts");
        attachments = Lists.copy(attachments, "CertificateRecord", "attachments");
        this.certificate = certificate;
        this.state = state;
        this.createdAt = createdAt;
        this.issuedAt = issuedAt;
        this.receipts = receipts;
        this.attachments = attachments;
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

        /** The declared document. */
        public Builder certificate(@Nullable Certificate v) { certificate = v; return this; }
        /** The lifecycle state (状态). */
        public Builder state(@Nullable CertificateState v) { state = v; return this; }
        /** When the service created the record. */
        public Builder createdAt(@Nullable Instant v) { createdAt = v; return this; }
        /** When the certificate was issued (签证), {@code null} until then. */
        public Builder issuedAt(@Nullable Instant v) { issuedAt = v; return this; }
        /** The service's receipts (回执), oldest first; {@code null} for none. */
        public Builder receipts(@Nullable List<Receipt> v) { receipts = v; return this; }
        /** The attachments (随附单据); {@code null} for none. */
        public Builder attachments(@Nullable List<Attachment> v) { attachments = v; return this; }

        /** Builds the value from the fields set so far. */
        public CertificateRecord build() {
            return new CertificateRecord(certificate, state, createdAt, issuedAt, receipts, attachments);
        }
    }
}
