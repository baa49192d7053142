package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Initial values (初始值, 001 ch.2; 003) that pre-fill every new certificate.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record InitialValues(
        @Nullable String issuingAuthority,
        @Nullable String collectingAuthority,
        @Nullable String applicationAddress,
        @Nullable Party exporter,
        @Nullable Declarant declarant,
        @Nullable String tradeMode,
        @Nullable Party importer,
        @Nullable String producerDescription) {

    /** A new draft of the given type pre-filled from these values. */
    public Certificate.Builder prefill(String type) {
        return Certificate.builder()
                .type(type)
                .issuingAuthority(issuingAuthority)
                .collectingAuthority(collectingAuthority)
                .applicationPlace(applicationAddress)
                .exporter(exporter)
                .declarant(declarant)
                .tradeMode(tradeMode)
                .consignee(importer)
                .producer(producerDescription == null ? null : new Producer(producerDescription, null, false));
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().issuingAuthority(issuingAuthority).collectingAuthority(collectingAuthority)
                .applicationAddress(applicationAddress).exporter(exporter).declarant(declarant).tradeMode(tradeMode)
                .importer(importer).producerDescription(producerDescription);
    }

    /** Builder of {@link InitialValues}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String issuingAuthority;
        private @Nullable String collectingAuthority;
        private @Nullable String applicationAddress;
        private @Nullable Party exporter;
        private @Nullable Declarant declarant;
        private @Nullable String tradeMode;
        private @Nullable Party importer;
        private @Nullable String producerDescription;

        private Builder() {
        }

        public Builder issuingAuthority(@Nullable String v) { issuingAuthority = v; return this; }
        public Builder collectingAuthority(@Nullable String v) { collectingAuthority = v; return this; }
        public Builder applicationAddress(@Nullable String v) { applicationAddress = v; return this; }
        public Builder exporter(@Nullable Party v) { exporter = v; return this; }
        public Builder declarant(@Nullable Declarant v) { declarant = v; return this; }
        public Builder tradeMode(@Nullable String v) { tradeMode = v; return this; }
        public Builder importer(@Nullable Party v) { importer = v; return this; }
        public Builder producerDescription(@Nullable String v) { producerDescription = v; return this; }

        public InitialValues build() {
            return new InitialValues(issuingAuthority, collectingAuthority, applicationAddress, exporter, declarant,
                    tradeMode, importer, producerDescription);
        }
    }
}
