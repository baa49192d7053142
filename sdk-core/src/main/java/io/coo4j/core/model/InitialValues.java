package io.coo4j.core.model;

/**
 * Initial values (初始值, 001 ch.2; 003) that pre-fill every new certificate.
 */
public record InitialValues(
        String issuingAuthority,
        String collectingAuthority,
        String applicationAddress,
        Party exporter,
        Declarant declarant,
        String tradeMode,
        Party importer,
        String producerDescription) {

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
}
