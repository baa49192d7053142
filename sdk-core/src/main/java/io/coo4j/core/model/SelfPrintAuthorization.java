package io.coo4j.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The self-print authorization (授权, 003): the default seal and signature, and the agents the exporter
 * lets print on its behalf (代理打印授权), by their filing numbers.
 *
 * @param sealId the default seal's id
 * @param signatureId the default signature's id
 * @param authorizedAgents the filing numbers of the agents allowed to print on the exporter's behalf (代理打印授权)
 * @param receipts the receipts (回执)
 */
public record SelfPrintAuthorization(
        @Nullable String sealId,
        @Nullable String signatureId,
        List<String> authorizedAgents,
        List<Receipt> receipts) {
    /** Copies the lists; a {@code null} list reads as empty and a {@code null} element is refused. */
    public SelfPrintAuthorization(@Nullable String sealId, @Nullable String signatureId,
            @Nullable List<String> authorizedAgents, @Nullable List<Receipt> receipts) {
        // Not compact: the parameter may be null, the component never is.
        authorizedAgents = Lists.copy(authorizedAgents, "SelfPrintAuthorization", "authorizedAgents");
        receipts = Lists.copy(receipts, "SelfPrintAuthorization", "receipts");
        this.sealId = sealId;
        this.signatureId = signatureId;
        this.authorizedAgents = authorizedAgents;
        this.receipts = receipts;
    }
}
