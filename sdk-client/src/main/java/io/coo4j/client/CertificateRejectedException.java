package io.coo4j.client;

import io.coo4j.core.validation.Violation;
import java.util.List;

/**
 * The customs returned the certificate (退证) while the caller waited for another state: {@link #reasons()} are
 * the customs' reasons, each with its rule code, JSON path and messages. The certificate may be edited and declared
 * again, or deleted. Not retryable as it is. Immutable.
 *
 * @since 0.1
 */
public class CertificateRejectedException extends CooServiceException {
    private static final long serialVersionUID = 1L;

    private final String number;
    private final transient List<Violation> reasons;

    /**
     * A return (退证) met while waiting for another state; the message names the first reason's rule code and path.
     *
     * @param number    the certificate number
     * @param reasons   the customs' reasons, perhaps none
     * @param requestId the request id to quote, {@code "-"} when none applies
     */
    public CertificateRejectedException(String number, List<Violation> reasons, String requestId) {
        super(200, "RETURNED", "certificate " + number + " was returned (退证): " + summary(reasons), requestId);
        this.number = number;
        this.reasons = List.copyOf(reasons);
    }

    private static String summary(List<Violation> reasons) {
        if (reasons.isEmpty()) {
            return "no reason given";
        }
        Violation first = reasons.get(0);
        return first.code() + " at " + first.path() + (reasons.size() > 1 ? " and " + (reasons.size() - 1) + " more" : "");
    }

    /** The returned certificate's number. */
    public String number() {
        return number;
    }

    /** The customs' reasons, each with its rule code, JSON path and messages; empty when they gave none. */
    public List<Violation> reasons() {
        return reasons;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
