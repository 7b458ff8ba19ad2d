package io.spinsim.jobs.run;

import io.spinsim.jobs.JobType;

/**
 * Runs one job type. Implementations are plain Java (physics, devices, networks); services only claim, call and
 * store. A runner must be safe to call from several worker threads at once on different specs.
 */
public interface JobRunner<S> {

    JobType<S> type();

    /**
     * @throws JobCancelledException when {@link JobContext#progress} says to stop
     * @throws Exception             any other failure: the job fails with a problem JSON naming it
     */
    JobOutcome run(S spec, JobContext context) throws Exception;
}
