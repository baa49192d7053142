package io.coo4j.core.model;

import io.coo4j.core.lifecycle.VerificationState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A verification record (核查记录单, 001 ch.7): the certificate the customs verifies, the documents it
 * asks for (每种勾选的电子资料必传, several files per kind allowed), the uploaded ones, the product cost
 * details (same six constraints as a pre-review), its state and receipts.
 *
 * @param number the verification record's number
 * @param certificateNumber the verified certificate's number
 * @param state the state in the verification lifecycle
 * @param requiredDocuments the kinds of document the customs asks for
 * @param documents the uploaded documents
 * @param productCosts the product cost details
 * @param receipts the receipts (回执)
 */
public record VerificationRecord(
        @Nullable String number,
        @Nullable String certificateNumber,
        @Nullable VerificationState state,
        List<AttachmentKind> requiredDocuments,
        List<Attachment> documents,
        List<ProductPreReview> productCosts,
        List<Receipt> receipts) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public VerificationRecord(@Nullable String number, @Nullable String certificateNumber,
            @Nullable VerificationState state, @Nullable List<AttachmentKind> requiredDocuments,
            @Nullable List<Attachment> documents, @Nullable List<ProductPreReview> productCosts,
            @Nullable List<Receipt> receipts) {
        // Not compact: the parameter may be null, the component never is.
        requiredDocuments = Lists.copy(requiredDocuments, "VerificationRecord", "requiredDocuments");
        documents = Lists.copy(documents, "VerificationRecord", "documents");
        productCosts = Lists.copy(productCosts, "VerificationRecord", "productCosts");
        receipts = Lists.copy(receipts, "VerificationRecord", "receipts");
        this.number = number;
        this.certificateNumber = certificateNumber;
        this.state = state;
        this.requiredDocuments = requiredDocuments;
        this.documents = documents;
        this.productCosts = productCosts;
        this.receipts = receipts;
    }
}
