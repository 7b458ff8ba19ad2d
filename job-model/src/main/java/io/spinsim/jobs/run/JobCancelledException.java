package io.spinsim.jobs.run;

/** Thrown from {@link JobContext#progress} when the job was cancelled or its lease lost: the runner stops. */
public class JobCancelledException extends RuntimeException {
    public JobCancelledException(String message) {
        super(message);
    }
}
