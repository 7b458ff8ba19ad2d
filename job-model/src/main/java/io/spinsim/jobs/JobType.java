package io.spinsim.jobs;

/**
 * A kind of job: its wire name, the record its spec is read into, and the service that runs it.
 *
 * @param name      wire name, e.g. {@code llg}
 * @param specClass record the {@code spec} object is read into and validated as
 * @param worker    service that claims it
 * @param summary   one line for the API listing
 */
public record JobType<S>(String name, Class<S> specClass, Worker worker, String summary) {
}
