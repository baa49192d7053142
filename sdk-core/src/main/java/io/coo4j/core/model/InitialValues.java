package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Initial values (初始值, 001 ch.2; 003) that pre-fill every new certificate.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param issuingAuthority the issuing authority (签证机构) a new certificate starts with
 * @param collectingAuthority the place of collection (领证地点) a new certificate starts with
 * @param applicationAddress the place of application (申请地点)
 * @param exporter the exporter (出口商)
 * @param declarant the declarant (申报员)
 * @param tradeMode the trade-mode code (贸易方式)
 * @param importer the importer (进口商), i.e. the consignee
 * @param producerDescription the producer description (生产商描述)
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

        /** The issuing authority (签证机构) a new certificate starts with. */
        public Builder issuingAuthority(@Nullable String v) { issuingAuthority = v; return this; }
        /** The place of collection (领证地点) a new certificate starts with. */
        public Builder collectingAuthority(@Nullable String v) { collectingAuthority = v; return this; }
        /** The place of application (申请地点). */
        public Builder applicationAddress(@Nullable String v) { applicationAddress = v; return this; }
        /** The exporter (出口商). */
        public Builder exporter(@Nullable Party v) { exporter = v; return this; }
        /** The declarant (申报员). */
        public Builder declarant(@Nullable Declarant v) { declarant = v; return this; }
        /** The trade-mode code (贸易方式). */
        public Builder tradeMode(@Nullable String v) { tradeMode = v; return this; }
        /** The importer (进口商), i.e. the consignee. */
        public Builder importer(@Nullable Party v) { importer = v; return this; }
        /** The producer description (生产商描述). */
        public Builder producerDescription(@Nullable String v) { producerDescription = v; return this; }

        /** Builds the value from the fields set so far. */
        public InitialValues build() {
            return new InitialValues(issuingAuthority, collectingAuthority, applicationAddress, exporter, declarant,
                    tradeMode, importer, producerDescription);
        }
    }
}
