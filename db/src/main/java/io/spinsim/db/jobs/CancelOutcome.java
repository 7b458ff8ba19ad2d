package io.spinsim.db.jobs;

/** Result of a user's cancel request. */
public enum CancelOutcome {
    /** was queued: now cancelled */
    CANCELLED,
    /** is running: its worker will stop at its next progress report */
    REQUESTED,
    /** already succeeded, failed or cancelled */
    ALREADY_FINISHED,
    NOT_FOUND
}
