package io.coo4j.core.model;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the networked export status query (出口原产地证明联网状态, 000; 001 ch.14): the domestic status
 * and, for networked agreements only, the partner customs' status (e.g. 海关接收成功, 发往对方海关失败).
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
