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
 * @param agreement     the two-digit agreement code (优惠贸易协定代码), e.g. {@code 02}
 * @param originCountry the origin country under the agreement (优惠贸易协定项下原产地), ISO 3166-1 alpha-2
 * @param proofNumber   the proof of origin's number (原产地证明编号)
 * @param proofType     the proof type (原产地证明类型), e.g. {@code C-原产地证书}
 * @param hsCode        the HS code of goods item 1 (第 1 项商品的 HS 编码)
 * @param issueDate     the proof's issue date (签发日期)
 * @since 0.1
 */
public record ImportInfoQuery(
        String agreement,
        String originCountry,
        String proofNumber,
        String proofType,
        String hsCode,
        LocalDate issueDate) {
    /** Checks that every condition is given: an {@link InvalidInputException} names the one missing or blank. */
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

        /** The agreement code. */
        public Builder agreement(String v) {
            agreement = InvalidInputException.requireArgument(v, "ImportInfoQuery.Builder.agreement", "agreement");
            return this;
        }

        /** The origin country under the agreement. */
        public Builder originCountry(String v) {
            originCountry = InvalidInputException.requireArgument(v, "ImportInfoQuery.Builder.originCountry", "originCountry");
            return this;
        }

        /** The proof of origin's number. */
        public Builder proofNumber(String v) {
            proofNumber = InvalidInputException.requireArgument(v, "ImportInfoQuery.Builder.proofNumber", "proofNumber");
            return this;
        }

        /** The proof type, e.g. {@code C-原产地证书}. */
        public Builder proofType(String v) {
            proofType = InvalidInputException.requireArgument(v, "ImportInfoQuery.Builder.proofType", "proofType");
            return this;
        }

        /** The HS code of goods item 1. */
        public Builder hsCode(String v) {
            hsCode = InvalidInputException.requireArgument(v, "ImportInfoQuery.Builder.hsCode", "hsCode");
            return this;
        }

        /** The proof's issue date. */
        public Builder issueDate(LocalDate v) {
            issueDate = InvalidInputException.requireArgument(v, "ImportInfoQuery.Builder.issueDate", "issueDate");
            return this;
        }

        /** The query, checked (see {@link ImportInfoQuery}). */
        public ImportInfoQuery build() {
            return new ImportInfoQuery(agreement, originCountry, proofNumber, proofType, hsCode, issueDate);
        }
    }
}
