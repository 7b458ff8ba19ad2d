package io.spinsim.jobs.run;

import io.spinsim.jobs.composite.ChildOutcome;

import java.util.List;
import java.util.UUID;

/** What a running job may ask of the worker that runs it. */
public interface JobContext {

    UUID jobId();

    /**
     * Reports progress; cheap enough to call every few hundred milliseconds (calls are coalesced).
     *
     * @param fraction done, in [0, 1]
     * @throws JobCancelledException when the job was cancelled or this worker lost its lease: stop at once
     */
    void progress(double fraction, String message);

    /** Artifacts of other jobs (device profiles, trained weights). */
    ArtifactSource artifacts();

    /** For a composite job (sweep, regression suite): how each of its children ended, in creation order. */
    default List<ChildOutcome> children() {
        return List.of();
    }
}
