package io.coo4j.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the networked export status query (出口原产地证明联网状态, 000; 001 ch.14): the domestic status
 * and, for networked agreements only, the partner customs' status (e.g. 海关接收成功, 发往对方海关失败).
 */
public record ExportStatusRow(
        String agreement,
        String tradingCountry,
        String certificateNumber,
        Issuer issuer,
        LocalDate issueDate,
        String domesticStatus,
        Instant domesticStatusTime,
        String partnerStatus,
        Instant partnerStatusTime,
        String operationFlag,
        String declarationNumber) {
}
