package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.validation.Violation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate's state as the service reports it (what {@code awaitStatus} polls), with the customs' reasons
 * when it was returned (退证). Immutable.
 *
 * @param number    the certificate number
 * @param state     its lifecycle state
 * @param updatedAt when the state last changed; from a file exchange that knows the certificate only by receipts that
 *                  did not move it, the first receipt's time
 * @param reasons   the reasons of a return; empty otherwise
 * @since 0.1
 */
public record CertificateStatus(String number, CertificateState state, Instant updatedAt, List<Violation> reasons) {
    /**
     * Checks the components: a missing number, state or time (an answer of the service without one) is an
     * {@link InvalidInputException} naming it; no reasons are an empty list. The reasons are copied.
     */
    public CertificateStatus(String number, CertificateState state, Instant updatedAt,
            @Nullable List<Violation> reasons) {
        // Not compact: the parameter may be null, the component never is.
        InvalidInputException.requireArgument(number, "CertificateStatus", "number");
        InvalidInputException.requireArgument(state, "CertificateStatus", "state");
        InvalidInputException.requireArgument(updatedAt, "CertificateStatus", "updatedAt");
        reasons = reasons == null ? List.of()
                : InvalidInputException.requireList(reasons, "CertificateStatus", "reasons");
        this.number = number;
        this.state = state;
        this.updatedAt = updatedAt;
        this.reasons = reasons;
    }
}
