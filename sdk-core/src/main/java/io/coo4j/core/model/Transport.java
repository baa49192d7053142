package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Means of transport and route (运输方式及路线). {@code departureDateEstimated} marks a predicted
 * departure date (the message's PredictFlag). {@code mode} is a code of the transport-mode table.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param departureDate the departure date (离港日期)
 * @param departureDateEstimated whether the departure date is an estimate (预计)
 * @param portOfLoading the port of loading (装货港)
 * @param portOfDischarge the port of discharge (卸货港)
 * @param portOfDestination the port of destination (目的港)
 * @param transitCountry the country of transit (中转国), ISO 3166-1 alpha-2
 * @param transhipmentPort the port of transhipment (转运港)
 * @param mode the transport-mode code (运输方式)
 * @param vesselVoyage the vessel name and voyage number (船名航次)
 * @param details the transport-details sentence printed on the certificate (运输细节)
 */
public record Transport(
        @Nullable LocalDate departureDate,
        boolean departureDateEstimated,
        @Nullable String portOfLoading,
        @Nullable String portOfDischarge,
        @Nullable String portOfDestination,
        @Nullable String transitCountry,
        @Nullable String transhipmentPort,
        @Nullable String mode,
        @Nullable String vesselVoyage,
        @Nullable String details) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().departureDate(departureDate).departureDateEstimated(departureDateEstimated)
                .portOfLoading(portOfLoading).portOfDischarge(portOfDischarge).portOfDestination(portOfDestination)
                .transitCountry(transitCountry).transhipmentPort(transhipmentPort).mode(mode)
                .vesselVoyage(vesselVoyage).details(details);
    }

    /** Builder of {@link Transport}. Not thread-safe. */
    public static final class Builder {
        private @Nullable LocalDate departureDate;
        private boolean departureDateEstimated;
        private @Nullable String portOfLoading;
        private @Nullable String portOfDischarge;
        private @Nullable String portOfDestination;
        private @Nullable String transitCountry;
        private @Nullable String transhipmentPort;
        private @Nullable String mode;
        private @Nullable String vesselVoyage;
        private @Nullable String details;

        private Builder() {
        }

        /** The departure date (离港日期). */
        public Builder departureDate(@Nullable LocalDate v) { departureDate = v; return this; }
        /** Whether the departure date is an estimate (预计). */
        public Builder departureDateEstimated(boolean v) { departureDateEstimated = v; return this; }
        /** The port of loading (装货港). */
        public Builder portOfLoading(@Nullable String v) { portOfLoading = v; return this; }
        /** The port of discharge (卸货港). */
        public Builder portOfDischarge(@Nullable String v) { portOfDischarge = v; return this; }
        /** The port of destination (目的港). */
        public Builder portOfDestination(@Nullable String v) { portOfDestination = v; return this; }
        /** The country of transit (中转国), ISO 3166-1 alpha-2. */
        public Builder transitCountry(@Nullable String v) { transitCountry = v; return this; }
        /** The port of transhipment (转运港). */
        public Builder transhipmentPort(@Nullable String v) { transhipmentPort = v; return this; }
        /** The transport-mode code (运输方式). */
        public Builder mode(@Nullable String v) { mode = v; return this; }
        /** The vessel name and voyage number (船名航次). */
        public Builder vesselVoyage(@Nullable String v) { vesselVoyage = v; return this; }
        /** The transport-details sentence printed on the certificate (运输细节). */
        public Builder details(@Nullable String v) { details = v; return this; }

        /** Builds the value from the fields set so far. */
        public Transport build() {
            return new Transport(departureDate, departureDateEstimated, portOfLoading, portOfDischarge,
                    portOfDestination, transitCountry, transhipmentPort, mode, vesselVoyage, details);
        }
    }
}
