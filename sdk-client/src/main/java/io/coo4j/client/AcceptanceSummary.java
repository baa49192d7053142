package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Enterprise;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The acceptance query (受理情况查询, 001 ch.10: "该界面展示了当前企业的基本信息以及受理情况"): the enterprise's
 * information and how its certificates stand with the customs. The manual shows the screen, not its columns: coo4j
 * reads 受理情况 as the count of the enterprise's certificates per state (inferred), every state listed, zeros
 * included, archived (已手动存档) ones too. Immutable.
 *
 * @param enterprise   the enterprise's information (企业基本信息) as the customs has it now
 * @param certificates per certificate state, how many of the enterprise's certificates are in it
 * @param asOf         when the service counted
 * @since 0.1
 */
public record AcceptanceSummary(Enterprise enterprise, List<StateCount> certificates, Instant asOf) {
    /**
     * Checks the components: a missing enterprise or time (an answer of the service without one) is an
     * {@link InvalidInputException} naming it; no counts are an empty list. The list is copied: the summary does not
     * change with the caller's list.
     */
    public AcceptanceSummary(Enterprise enterprise, @Nullable List<StateCount> certificates, Instant asOf) {
        // Not compact: the parameter may be null, the component never is.
        InvalidInputException.requireArgument(enterprise, "AcceptanceSummary", "enterprise");
        InvalidInputException.requireArgument(asOf, "AcceptanceSummary", "asOf");
        certificates = certificates == null ? List.of()
                : InvalidInputException.requireList(certificates, "AcceptanceSummary", "certificates");
        this.enterprise = enterprise;
        this.certificates = certificates;
        this.asOf = asOf;
    }

    /**
     * How many certificates are in one state.
     *
     * @param state the state
     * @param count at least 0
     */
    public record StateCount(CertificateState state, int count) {
        /** Checks that the state is given: an {@link InvalidInputException} otherwise. */
        public StateCount {
            InvalidInputException.requireArgument(state, "AcceptanceSummary.StateCount", "state");
        }
    }

    /** The count for {@code state}; 0 when the summary does not list it. */
    public int count(CertificateState state) {
        return certificates.stream().filter(c -> c.state() == state).mapToInt(StateCount::count).sum();
    }
}
