package io.spinsim.jobs.run;

/** A running job went past a limit (wall time, memory): it fails with this message; the worker goes on. */
public class JobLimitExceededException extends RuntimeException {
    public JobLimitExceededException(String message) {
        super(message);
    }
}
