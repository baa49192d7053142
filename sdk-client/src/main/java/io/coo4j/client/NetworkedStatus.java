package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.ExportStatusRow;

/**
 * The networked status query (原产地证明联网状态, 000; 001 ch.14): for an exported certificate, its domestic status
 * and, for networked agreements and destinations, the partner customs' status. Obtained from
 * {@link CooClient#networkedStatus()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class NetworkedStatus {
    private final Api api;

    NetworkedStatus(Api api) {
        this.api = api;
    }

    /** The export status of the certificate {@code number}. */
    public ExportStatusRow export(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("networked status", "number", "required");
        }
        return api.get(ExportStatusRow.class, "networked", "export", number);
    }
}
