package io.spinsim.jobs.run;

import io.spinsim.jobs.Worker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the runners on the class path: each library module lists its runners in
 * {@code META-INF/services/io.spinsim.jobs.run.JobRunner}, so a service runs whatever its modules provide.
 */
public final class JobRunners {

    private JobRunners() {
    }

    /** Runners for the job types a worker claims, by type name. */
    public static Map<String, JobRunner<?>> forWorker(Worker worker) {
        Map<String, JobRunner<?>> byName = new LinkedHashMap<>();
        for (JobRunner<?> runner : ServiceLoader.load(JobRunner.class)) {
            if (runner.type().worker() == worker && byName.putIfAbsent(runner.type().name(), runner) != null) {
                throw new IllegalStateException("two runners for job type " + runner.type().name());
            }
        }
        return byName;
    }
}
