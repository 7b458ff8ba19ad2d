package io.spinsim.jobs;

import java.util.Locale;

/** Life cycle of a queued job. Terminal states are never left again. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /** Lower-case name as stored in the database and shown in JSON. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobStatus fromDb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
