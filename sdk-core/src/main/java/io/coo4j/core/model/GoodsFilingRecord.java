package io.coo4j.core.model;

import io.coo4j.core.lifecycle.GoodsFilingState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goods filing (商品备案, 002) as the Single Window keeps it: the service's id, CCPIT's application number
 * (备案申请号, e.g. {@code 18S2102M9997/00054}; {@code null} until declared), the filing, its state, when it was
 * created and declared (申报时间), and its receipts (回执). 002 shows a 备案申请号 and a state per preferential area
 * (优惠区域备案状态) but never areas of one filing in different states: coo4j keeps one number and one state per
 * filing, which is its reading, not the manual's word. Immutable.
 *
 * @param id                the service's id of the record
 * @param applicationNumber CCPIT's application number (备案申请号), or {@code null} before declaring
 * @param filing            the filed goods
 * @param state             where it is in {@link io.coo4j.core.lifecycle.GoodsFilingLifecycle}
 * @param createdAt         when it was saved first, or synced
 * @param declaredAt        when it was last declared (申报时间), or {@code null}
 * @param receipts          CCPIT's answers in order
 * @since 0.1
 */
public record GoodsFilingRecord(
        @Nullable String id,
        @Nullable String applicationNumber,
        @Nullable GoodsFiling filing,
        @Nullable GoodsFilingState state,
        @Nullable Instant createdAt,
        @Nullable Instant declaredAt,
        List<Receipt> receipts) {

    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public GoodsFilingRecord(@Nullable String id, @Nullable String applicationNumber, @Nullable GoodsFiling filing,
            @Nullable GoodsFilingState state, @Nullable Instant createdAt, @Nullable Instant declaredAt,
            @Nullable List<Receipt> receipts) {
        // Not compact: the parameter may be null, the component never is.
        receipts = Lists.copy(receipts, "GoodsFilingRecord", "receipts");
        this.id = id;
        this.applicationNumber = applicationNumber;
        this.filing = filing;
        this.state = state;
        this.createdAt = createdAt;
        this.declaredAt = declaredAt;
        this.receipts = receipts;
    }
}
