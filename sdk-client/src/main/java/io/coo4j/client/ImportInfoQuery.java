package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import java.time.LocalDate;

/**
 * The conditions of the networked import information query (联网原产地证明信息查询, 000 §1.2), all required: the
 * agreement code, the origin country under it, the proof number, the proof type (e.g. {@code C-原产地证书}), the HS
 * code of goods item 1 and the issue date. Immutable.
 *
 * @since 0.1
 */
public record ImportInfoQuery(String agreement, String originCountry, String proofNumber, String proofType,
                              String hsCode, LocalDate issueDate) {
    public ImportInfoQuery {
        Api.required("networked status", "agreement", agreement);
        Api.required("networked status", "originCountry", originCountry);
        Api.required("networked status", "proofNumber", proofNumber);
        Api.required("networked status", "proofType", proofType);
        Api.required("networked status", "hsCode", hsCode);
        if (issueDate == null) {
            throw new InvalidInputException("networked status", "issueDate", "required");
        }
    }
}
