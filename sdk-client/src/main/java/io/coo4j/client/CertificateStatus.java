package io.coo4j.client;

import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.validation.Violation;
import java.time.Instant;
import java.util.List;

/**
 * A certificate's state as the service reports it (what {@code awaitStatus} polls), with the customs' reasons
 * when it was returned (退证). Immutable.
 *
 * @param number    the certificate number
 * @param state     its lifecycle state
 * @param updatedAt when the state last changed
 * @param reasons   the reasons of a return; empty otherwise
 * @since 0.1
 */
public record CertificateStatus(String number, CertificateState state, Instant updatedAt, List<Violation> reasons) {
    public CertificateStatus {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
