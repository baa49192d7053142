package io.coo4j.core.model;

import java.time.LocalDate;

/**
 * Means of transport and route (运输方式及路线). {@code departureDateEstimated} marks a predicted
 * departure date (the message's PredictFlag). {@code mode} is a code of the transport-mode table.
 */
public record Transport(
        LocalDate departureDate,
        boolean departureDateEstimated,
        String portOfLoading,
        String portOfDischarge,
        String portOfDestination,
        String transitCountry,
        String transhipmentPort,
        String mode,
        String vesselVoyage,
        String details) {
}
