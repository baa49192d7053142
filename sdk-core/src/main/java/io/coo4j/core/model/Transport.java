package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Means of transport and route (运输方式及路线). {@code departureDateEstimated} marks a predicted
 * departure date (the message's PredictFlag). {@code mode} is a code of the transport-mode table.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
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

        public Builder departureDate(@Nullable LocalDate v) { departureDate = v; return this; }
        public Builder departureDateEstimated(boolean v) { departureDateEstimated = v; return this; }
        public Builder portOfLoading(@Nullable String v) { portOfLoading = v; return this; }
        public Builder portOfDischarge(@Nullable String v) { portOfDischarge = v; return this; }
        public Builder portOfDestination(@Nullable String v) { portOfDestination = v; return this; }
        public Builder transitCountry(@Nullable String v) { transitCountry = v; return this; }
        public Builder transhipmentPort(@Nullable String v) { transhipmentPort = v; return this; }
        public Builder mode(@Nullable String v) { mode = v; return this; }
        public Builder vesselVoyage(@Nullable String v) { vesselVoyage = v; return this; }
        public Builder details(@Nullable String v) { details = v; return this; }

        public Transport build() {
            return new Transport(departureDate, departureDateEstimated, portOfLoading, portOfDischarge,
                    portOfDestination, transitCountry, transhipmentPort, mode, vesselVoyage, details);
        }
    }
}
