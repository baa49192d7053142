package io.coo4j.core.model;

import io.coo4j.core.lifecycle.PreReviewState;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A product pre-review as the Single Window keeps it: its id, product, lifecycle state and receipts. */
public record PreReviewRecord(
        @Nullable String id,
        @Nullable ProductPreReview product,
        @Nullable PreReviewState state,
        List<Receipt> receipts) {
    public PreReviewRecord {
        receipts = Lists.copy(receipts, "PreReviewRecord", "receipts");
    }
}
