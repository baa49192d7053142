package io.coo4j.core.model;

import io.coo4j.core.lifecycle.PreReviewState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product pre-review as the Single Window keeps it: its id, product, lifecycle state and receipts.
 *
 * @param id the service's key of the record
 * @param product the product pre-review (产品预审)
 * @param state the state in the pre-review lifecycle
 * @param receipts the receipts (回执)
 */
public record PreReviewRecord(
        @Nullable String id,
        @Nullable ProductPreReview product,
        @Nullable PreReviewState state,
        List<Receipt> receipts) {
    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public PreReviewRecord(@Nullable String id, @Nullable ProductPreReview product, @Nullable PreReviewState state,
            @Nullable List<Receipt> receipts) {
        // Not compact: the parameter may be null, the component never is.
        receipts = Lists.copy(receipts, "PreReviewRecord", "receipts");
        this.id = id;
        this.product = product;
        this.state = state;
        this.receipts = receipts;
    }
}
