package io.spinsim.worker;

import io.micrometer.core.instrument.Timer;
import io.spinsim.db.jobs.ClaimedJob;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.db.jobs.LeaseState;
import io.spinsim.jobs.Sized;
import io.spinsim.jobs.run.JobCancelledException;
import io.spinsim.jobs.run.JobLimitExceededException;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.jobs.validation.SpecReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed job to its end and records that end: succeeded (results and artifacts in the same transaction as
 * the status), failed (problem JSON), cancelled, or released back to the queue when the worker is stopping. A job
 * whose lease was lost writes nothing: whoever holds the lease now will.
 */
final class JobExecution {

    private static final Logger log = LoggerFactory.getLogger(JobExecution.class);

    private final JobQueue queue;
    private final JsonMapper json;
    private final WorkerMetrics metrics;
    /** Largest part of the heap one job's estimated working memory may take. */
    private static final double HEAP_SHARE = 0.8;

    private final SpecReader specs = new SpecReader();

    JobExecution(JobQueue queue, JsonMapper json, WorkerMetrics metrics) {
        this.queue = queue;
        this.json = json;
        this.metrics = metrics;
    }

    void run(ClaimedJob job, JobRunner<?> runner, LeasedJobContext context) {
        metrics.claimed(job.type());
        Timer.Sample sample = metrics.start();
        String status;
        try {
            status = execute(job, runner, context);
        } catch (JobCancelledException e) {
            status = stopped(job, context);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            log.warn("job {} ({}) failed", job.id(), job.type(), e);
            status = queue.fail(job.id(), context.owner(), Problems.jobFailed(json, job.id(), e),
                    e.getClass().getSimpleName() + ": " + e.getMessage()) ? "failed" : "lost";
        }
        metrics.finished(job.type(), status, sample);
    }

    private <S> String execute(ClaimedJob job, JobRunner<S> runner, LeasedJobContext context) throws Exception {
        S spec = specs.read(json.readTree(job.specJson()), runner.type().specClass(), "spec");
        requireMemory(spec);
        JobOutcome outcome = runner.run(spec, context);
        String summary = json.writeValueAsString(outcome.summary());
        if (!queue.succeed(job.id(), context.owner(), summary, outcome.artifacts())) {
            return "lost";
        }
        metrics.throughput(job.type(), json.readTree(summary));
        return "succeeded";
    }

    /** A job this worker's heap cannot hold fails before it starts, instead of taking the worker down. */
    private static void requireMemory(Object spec) {
        long heap = Runtime.getRuntime().maxMemory();
        if (spec instanceof Sized sized && sized.memoryBytes() > HEAP_SHARE * heap) {
            throw new JobLimitExceededException("the job needs about " + sized.memoryBytes() + " bytes of memory; "
                    + "this worker's heap is " + heap + " bytes");
        }
    }

    private String stopped(ClaimedJob job, LeasedJobContext context) {
        if (context.state() == LeaseState.CANCEL_REQUESTED) {
            return queue.cancelled(job.id(), context.owner()) ? "cancelled" : "lost";
        }
        if (context.state() == LeaseState.HELD && context.shuttingDown()) {
            return queue.release(job.id(), context.owner()) ? "released" : "lost";
        }
        return "lost";
    }
}
