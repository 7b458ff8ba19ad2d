package io.spinsim.worker;

import io.spinsim.db.jobs.ChildRow;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.db.jobs.LeaseState;
import io.spinsim.jobs.composite.ChildOutcome;
import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobCancelledException;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobLimitExceededException;
import io.spinsim.jobs.validation.SpecReader;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The context a running job sees. Progress calls only update memory; {@link #heartbeat()} (called on a schedule by
 * the pool) extends the lease and writes the latest progress. When the heartbeat learns that the job was cancelled,
 * that the lease was lost, or the worker is stopping, or when the job's wall time limit has passed, the runner's
 * next progress call throws.
 */
final class LeasedJobContext implements JobContext {

    private final UUID jobId;
    private final String owner;
    private final JobQueue queue;
    private final Duration lease;
    private final ArtifactSource artifacts;
    private final long deadlineNanos;
    private final int maxWallTimeS;

    private volatile double fraction;
    private volatile String message = "started";
    private volatile LeaseState state = LeaseState.HELD;
    private volatile boolean shuttingDown;

    LeasedJobContext(UUID jobId, String owner, JobQueue queue, Duration lease, ArtifactSource artifacts,
                     int maxWallTimeS) {
        this.maxWallTimeS = maxWallTimeS;
        this.deadlineNanos = System.nanoTime() + maxWallTimeS * 1_000_000_000L;
        this.jobId = jobId;
        this.owner = owner;
        this.queue = queue;
        this.lease = lease;
        this.artifacts = artifacts;
    }

    @Override
    public UUID jobId() {
        return jobId;
    }

    @Override
    public void progress(double fraction, String message) {
        this.fraction = fraction;
        this.message = message;
        if (state != LeaseState.HELD) {
            throw new JobCancelledException(state == LeaseState.LOST ? "lease lost" : "cancelled by request");
        }
        if (shuttingDown) {
            throw new JobCancelledException("worker is shutting down");
        }
        if (System.nanoTime() > deadlineNanos) {
            throw new JobLimitExceededException("the job ran longer than its wall time limit of " + maxWallTimeS
                    + " s (max_wall_time_s)");
        }
    }

    @Override
    public ArtifactSource artifacts() {
        return artifacts;
    }

    @Override
    public List<ChildOutcome> children() {
        return queue.children(jobId).stream().map(LeasedJobContext::outcome).toList();
    }

    private static ChildOutcome outcome(ChildRow row) {
        Map<String, UUID> artifactIds = new LinkedHashMap<>();
        tree(row.artifactsJson()).properties().forEach(e -> artifactIds.put(e.getKey(),
                UUID.fromString(e.getValue().asString())));
        return new ChildOutcome(row.id(), row.label(), row.type(), row.status(), tree(row.specJson()),
                tree(row.resultJson()), tree(row.errorJson()), artifactIds);
    }

    private static JsonNode tree(String json) {
        return json == null ? null : SpecReader.mapper().readTree(json);
    }

    /** Extends the lease; remembers a cancel request or a lost lease for the runner's next progress call. */
    void heartbeat() {
        if (state == LeaseState.HELD) {
            state = queue.heartbeat(jobId, owner, lease, fraction, message);
        }
    }

    void shutDown() {
        shuttingDown = true;
    }

    LeaseState state() {
        return state;
    }

    boolean shuttingDown() {
        return shuttingDown;
    }

    String owner() {
        return owner;
    }
}
