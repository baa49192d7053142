package io.coo4j.core.model;

import java.time.LocalDate;

/**
 * Why and how a certificate replaces another (the message's {@code ModCertificate}): the reason,
 * the boxes changed, the situation before and after, and the original's application and issue dates.
 */
public record Amendment(
        String reason,
        String changedBoxes,
        String before,
        String after,
        LocalDate originalApplicationDate,
        LocalDate originalIssueDate) {
}
