package io.spinsim.jobs;

import io.spinsim.jobs.composite.Composite;

/**
 * A kind of job: its wire name, the record its spec is read into, and the service that runs it.
 *
 * @param name      wire name, e.g. {@code llg}
 * @param specClass record the {@code spec} object is read into and validated as
 * @param worker    service that claims it
 * @param summary   one line for the API listing
 * @param composite for a job that expands into child jobs (sweep, regression), how; null for a plain job
 */
public record JobType<S>(String name, Class<S> specClass, Worker worker, String summary, Composite<S> composite) {

    /** A plain job type: no children. */
    public JobType(String name, Class<S> specClass, Worker worker, String summary) {
        this(name, specClass, worker, summary, null);
    }
}
