package io.coo4j.core.model;

import java.time.LocalDate;

/**
 * The inbound original proof of origin behind an RCEP back-to-back certificate (背对背原产地证书,
 * 001 §1.26) or a China–ASEAN movement certificate (流动证明, 001 §1.24).
 */
public record BackToBack(
        String originalProofNumber,
        LocalDate originalIssueDate,
        String firstExportingCountry,
        String approvedExporterNumber) {
}
