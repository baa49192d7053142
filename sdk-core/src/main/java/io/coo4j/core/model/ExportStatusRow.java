package io.coo4j.core.model;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the networked export status query (出口原产地证明联网状态, 000; 001 ch.14): the domestic status
 * and, for networked agreements only, the partner customs' status (e.g. 海关接收成功, 发往对方海关失败).
 *
 * @param agreement the two-digit agreement code
 * @param tradingCountry the partner country, ISO 3166-1 alpha-2
 * @param certificateNumber the certificate number
 * @param issuer who issued it: the customs or CCPIT
 * @param issueDate the issue date
 * @param domesticStatus the domestic status, e.g. 海关接收成功
 * @param domesticStatusTime when the domestic status was reached
 * @param partnerStatus the partner customs' status, networked agreements only
 * @param partnerStatusTime when the partner status was reached
 * @param operationFlag the query's operation flag as the service gives it
 * @param declarationNumber the customs declaration number (报关单号)
 */
public record ExportStatusRow(
        @Nullable String agreement,
        @Nullable String tradingCountry,
        @Nullable String certificateNumber,
        @Nullable Issuer issuer,
        @Nullable LocalDate issueDate,
        @Nullable String domesticStatus,
        @Nullable Instant domesticStatusTime,
        @Nullable String partnerStatus,
        @Nullable Instant partnerStatusTime,
        @Nullable String operationFlag,
        @Nullable String declarationNumber) {
}
