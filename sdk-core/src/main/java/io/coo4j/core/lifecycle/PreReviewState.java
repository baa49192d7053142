package io.coo4j.core.lifecycle;

import io.coo4j.core.InvalidInputException;

/**
 * A product pre-review's state: its status and its application status, e.g. (变更, 暂存).
 * {@link #REMOVED} stands for a record that no longer exists (a draft deleted locally, or an approved
 * deletion).
 *
 * @param status the pre-review's status, e.g. 变更
 * @param applicationStatus the application's status, e.g. 暂存
 */
public record PreReviewState(PreReviewStatus status, ApplicationStatus applicationStatus) {
    /** A record that no longer exists: a draft deleted locally, or an approved deletion. */
    public static final PreReviewState REMOVED = new PreReviewState(PreReviewStatus.DELETE, ApplicationStatus.APPROVED);

    /** Refuses a {@code null} status. */
    public PreReviewState {
        InvalidInputException.requireArgument(status, "pre-review state", "status");
        InvalidInputException.requireArgument(applicationStatus, "pre-review state", "applicationStatus");
    }

    /** The state of this status and application status. */
    public static PreReviewState of(PreReviewStatus status, ApplicationStatus applicationStatus) {
        return new PreReviewState(status, applicationStatus);
    }

    /** Whether the application is submitted and not yet answered. */
    public boolean pending() {
        return applicationStatus == ApplicationStatus.SUBMITTED;
    }

    @Override
    public String toString() {
        return this.equals(REMOVED) ? "REMOVED" : "(" + status + ", " + applicationStatus + ")";
    }
}
