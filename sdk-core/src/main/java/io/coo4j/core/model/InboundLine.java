package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * One goods line of an inbound original proof of origin (进境货物原产地信息, 001 §1.24, §1.26): what the Single Window
 * shows after a query by "原始原产地证明编号、原产国、HS 编码", and what a goods line of a movement or back-to-back
 * certificate is picked from with the 使用 button ("被使用的进境货物信息会反填到货物信息录入界面中").
 *
 * @param itemNumber      the line's item number on the original proof, the reference a picked goods line keeps
 * @param hsCode          the HS code the original proof gives (the first exporting Party's, at least 6 digits)
 * @param description     the description of the goods on the original proof
 * @param originCriterion the origin criterion on the original proof, kept by the goods picked from it
 * @param originCountry   the line's country of origin (原产国), ISO 3166-1 alpha-2
 * @param quantity        the quantity the original proof covers, with its unit: what the certificates drawn on this
 *                        line may cover in total
 * @since 0.1
 */
public record InboundLine(
        int itemNumber,
        @Nullable String hsCode,
        @Nullable String description,
        @Nullable String originCriterion,
        @Nullable String originCountry,
        @Nullable Quantity quantity) {

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this line's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds an {@link InboundLine}; not thread-safe. */
    public static final class Builder {
        private int itemNumber;
        private @Nullable String hsCode;
        private @Nullable String description;
        private @Nullable String originCriterion;
        private @Nullable String originCountry;
        private @Nullable Quantity quantity;

        private Builder() {
        }

        private Builder(InboundLine l) {
            itemNumber = l.itemNumber;
            hsCode = l.hsCode;
            description = l.description;
            originCriterion = l.originCriterion;
            originCountry = l.originCountry;
            quantity = l.quantity;
        }

        /** The item number on the original proof. */
        public Builder itemNumber(int v) { itemNumber = v; return this; }
        /** The HS code on the original proof. */
        public Builder hsCode(@Nullable String v) { hsCode = v; return this; }
        /** The description on the original proof. */
        public Builder description(@Nullable String v) { description = v; return this; }
        /** The origin criterion on the original proof. */
        public Builder originCriterion(@Nullable String v) { originCriterion = v; return this; }
        /** The country of origin (原产国). */
        public Builder originCountry(@Nullable String v) { originCountry = v; return this; }
        /** The quantity the original proof covers. */
        public Builder quantity(@Nullable Quantity v) { quantity = v; return this; }

        /** The value. */
        public InboundLine build() {
            return new InboundLine(itemNumber, hsCode, description, originCriterion, originCountry, quantity);
        }
    }
}
