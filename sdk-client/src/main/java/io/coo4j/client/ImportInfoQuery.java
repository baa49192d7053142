package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of the networked import information query (联网原产地证明信息查询, 000 §1.2), all required: the
 * agreement code, the origin country under it, the proof number, the proof type (e.g. {@code C-原产地证书}), the HS
 * code of goods item 1 and the issue date. Immutable.
 *
 * @since 0.1
 */
public record ImportInfoQuery(
        String agreement,
        String originCountry,
        String proofNumber,
        String proofType,
        String hsCode,
        LocalDate issueDate) {
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

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().agreement(agreement).originCountry(originCountry).proofNumber(proofNumber)
                .proofType(proofType).hsCode(hsCode).issueDate(issueDate);
    }

    /** Builder of {@link ImportInfoQuery}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String agreement;
        private @Nullable String originCountry;
        private @Nullable String proofNumber;
        private @Nullable String proofType;
        private @Nullable String hsCode;
        private @Nullable LocalDate issueDate;

        private Builder() {
        }

        public Builder agreement(String v) { agreement = v; return this; }
        public Builder originCountry(String v) { originCountry = v; return this; }
        public Builder proofNumber(String v) { proofNumber = v; return this; }
        public Builder proofType(String v) { proofType = v; return this; }
        public Builder hsCode(String v) { hsCode = v; return this; }
        public Builder issueDate(LocalDate v) { issueDate = v; return this; }

        /** The query, checked (see {@link ImportInfoQuery}). */
        public ImportInfoQuery build() {
            return new ImportInfoQuery(agreement, originCountry, proofNumber, proofType, hsCode, issueDate);
        }
    }
}
