package io.spinsim.db.jobs;

/** What a heartbeat learned. */
public enum LeaseState {
    /** still ours, carry on */
    HELD,
    /** still ours, but a user asked to cancel: stop and mark cancelled */
    CANCEL_REQUESTED,
    /** no longer ours (expired and re-claimed, or finished elsewhere): stop and write nothing */
    LOST
}
