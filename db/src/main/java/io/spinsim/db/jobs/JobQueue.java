package io.spinsim.db.jobs;

import io.spinsim.db.artifacts.ArtifactStore;
import io.spinsim.jobs.run.Artifact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every state transition of the PostgreSQL job queue, as SQL. Claims use {@code FOR UPDATE SKIP LOCKED}; a lease
 * (owner + expiry) is extended by heartbeats; the final status is written only by the lease holder, in the same
 * transaction as the results and artifacts, so a job whose lease moved on can never store a second result.
 */
@Repository
public class JobQueue {

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;

    public JobQueue(JdbcTemplate jdbc, ArtifactStore artifacts) {
        this.jdbc = jdbc;
        this.artifacts = artifacts;
    }

    /**
     * Enqueues a composite job and its children in one transaction. The parent is claimed only after every child
     * has finished. On an idempotent replay nothing new is written.
     */
    @Transactional
    public Submission submitComposite(NewJob parent, List<NewJob> children) {
        Submission s = insert(parent);
        if (s.created()) {
            for (NewJob child : children) {
                insert(child.childOf(s.id(), parent));
            }
            children.stream().map(NewJob::worker).distinct().forEach(this::notifyWorkers);
        }
        return s;
    }

    @Transactional
    public Submission submit(NewJob job) {
        Submission s = insert(job);
        if (s.created()) {
            notifyWorkers(job.worker());
        }
        return s;
    }

    /** The job row and its 'submitted' event in one statement; on a repeated idempotency key, the existing job. */
    private Submission insert(NewJob job) {
        List<Submission> inserted = jdbc.query("""
                with j as (
                    insert into jobs (id, type, worker, spec, priority, max_attempts, max_wall_time_s, idempotency_key,
                        request_sha256, parent_id, label, owner_key_id)
                    values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (owner_key_id, idempotency_key) where idempotency_key is not null do nothing
                    returning id, created_at),
                e as (insert into job_events (job_id, kind, message, actor) select id, 'submitted', ?, 'api' from j)
                select id, created_at from j""",
                (rs, i) -> new Submission(rs.getObject(1, UUID.class), true, true,
                        rs.getTimestamp(2).toInstant()),
                UUID.randomUUID(), job.type(), job.worker(), job.specJson(), job.priority(), job.maxAttempts(),
                job.maxWallTimeS(), job.idempotencyKey(), job.requestSha256(), job.parentId(), job.label(),
                job.ownerKeyId(), job.type());
        if (!inserted.isEmpty()) {
            return inserted.get(0);
        }
        return jdbc.queryForObject("select id, request_sha256, created_at from jobs where idempotency_key = ? "
                        + "and owner_key_id is not distinct from ?",
                (rs, i) -> new Submission(rs.getObject(1, UUID.class), false,
                        job.requestSha256().equals(rs.getString(2)), rs.getTimestamp(3).toInstant()),
                job.idempotencyKey(), job.ownerKeyId());
    }

    /** Wakes idle workers listening on the queue's channel. */
    private void notifyWorkers(String worker) {
        jdbc.queryForList("select pg_notify('spinsim_jobs', ?)", worker);
    }

    /** Takes up to {@code max} queued jobs of these types, highest priority then oldest first. */
    @Transactional
    public List<ClaimedJob> claim(String worker, List<String> types, String owner, Duration lease, int max) {
        List<ClaimedJob> claimed = jdbc.query("""
                        with next as (
                            select id from jobs p
                            where status = 'queued' and worker = ? and type = any (?)
                              and not exists (select 1 from jobs c where c.parent_id = p.id
                                              and c.status in ('queued', 'running'))
                            order by priority desc, created_at
                            limit ?
                            for update skip locked)
                        update jobs j set status = 'running', attempts = j.attempts + 1, lease_owner = ?,
                            lease_expires_at = now() + ? * interval '1 millisecond', cancel_requested = false,
                            started_at = coalesce(j.started_at, now()), updated_at = now(),
                            progress_fraction = 0, progress_message = 'claimed'
                        from next where j.id = next.id
                        returning j.id, j.type, j.spec::text, j.attempts, j.max_attempts, j.max_wall_time_s""",
                (rs, i) -> new ClaimedJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                worker, types.toArray(String[]::new), max, owner, lease.toMillis());
        for (ClaimedJob job : claimed) {
            event(job.id(), "claimed", "attempt " + job.attempt() + " of " + job.maxAttempts(), owner);
        }
        return claimed;
    }

    /** Extends the lease and records progress; tells the holder whether to go on. */
    @Transactional
    public LeaseState heartbeat(UUID id, String owner, Duration lease, double fraction, String message) {
        List<Boolean> cancel = jdbc.queryForList("""
                update jobs set lease_expires_at = now() + ? * interval '1 millisecond',
                    progress_fraction = ?, progress_message = ?, updated_at = now()
                where id = ? and lease_owner = ? and status = 'running'
                returning cancel_requested""", Boolean.class,
                lease.toMillis(), clamp(fraction), truncate(message), id, owner);
        if (cancel.isEmpty()) {
            return LeaseState.LOST;
        }
        return cancel.get(0) ? LeaseState.CANCEL_REQUESTED : LeaseState.HELD;
    }

    /**
     * Stores the result and artifacts and marks the job succeeded, all or nothing.
     *
     * @return false when this owner no longer holds the lease: nothing was written
     */
    @Transactional
    public boolean succeed(UUID id, String owner, String summaryJson, List<Artifact> produced) {
        if (!finish(id, owner, "succeeded", null, "done")) {
            return false;
        }
        jdbc.update("insert into results (job_id, summary) values (?, ?::jsonb)", id, summaryJson);
        for (Artifact a : produced) {
            artifacts.insert(id, a);
        }
        event(id, "succeeded", produced.size() + " artifacts", owner);
        return true;
    }

    /** Marks the job failed with an RFC 7807 problem document; false when the lease was lost. */
    @Transactional
    public boolean fail(UUID id, String owner, String problemJson, String message) {
        boolean held = finish(id, owner, "failed", problemJson, "failed");
        if (held) {
            event(id, "failed", message, owner);
        }
        return held;
    }

    @Transactional
    public boolean cancelled(UUID id, String owner) {
        boolean held = finish(id, owner, "cancelled", null, "cancelled");
        if (held) {
            event(id, "cancelled", "stopped by its worker", owner);
        }
        return held;
    }

    /** Gives a job back to the queue without counting the attempt (graceful shutdown of its worker). */
    @Transactional
    public boolean release(UUID id, String owner) {
        int n = jdbc.update("""
                update jobs set status = 'queued', attempts = greatest(attempts - 1, 0), lease_owner = null,
                    lease_expires_at = null, progress_fraction = 0, progress_message = 'released', updated_at = now()
                where id = ? and lease_owner = ? and status = 'running'""", id, owner);
        if (n == 1) {
            event(id, "released", "worker shut down; back in the queue", owner);
            jdbc.queryForList("select pg_notify('spinsim_jobs', worker) from jobs where id = ?", id);
        }
        return n == 1;
    }

    @Transactional
    public CancelOutcome requestCancel(UUID id, String actor) {
        List<String> status = jdbc.queryForList("select status from jobs where id = ? for update", String.class, id);
        if (status.isEmpty()) {
            return CancelOutcome.NOT_FOUND;
        }
        switch (status.get(0)) {
            case "queued" -> {
                jdbc.update("update jobs set status = 'cancelled', finished_at = now(), updated_at = now(), "
                        + "progress_message = 'cancelled before it ran' where id = ?", id);
                event(id, "cancelled", "cancelled while queued", actor);
                cancelChildren(id, actor);
                return CancelOutcome.CANCELLED;
            }
            case "running" -> {
                jdbc.update("update jobs set cancel_requested = true, updated_at = now() where id = ?", id);
                event(id, "cancel-requested", "worker stops at its next progress report", actor);
                return CancelOutcome.REQUESTED;
            }
            default -> {
                return CancelOutcome.ALREADY_FINISHED;
            }
        }
    }

    /** Cancels the unfinished children of a cancelled composite job. */
    private void cancelChildren(UUID parentId, String actor) {
        List<UUID> queued = jdbc.queryForList("""
                update jobs set status = 'cancelled', finished_at = now(), updated_at = now(),
                    progress_message = 'parent cancelled' where parent_id = ? and status = 'queued' returning id""",
                UUID.class, parentId);
        List<UUID> running = jdbc.queryForList("""
                update jobs set cancel_requested = true, updated_at = now()
                where parent_id = ? and status = 'running' returning id""", UUID.class, parentId);
        queued.forEach(c -> event(c, "cancelled", "parent " + parentId + " cancelled", actor));
        running.forEach(c -> event(c, "cancel-requested", "parent " + parentId + " cancelled", actor));
    }

    /** How the children of a composite job ended, in creation order, with their results and artifact ids. */
    public List<ChildRow> children(UUID parentId) {
        return jdbc.query("""
                select j.id, j.label, j.type, j.status, j.spec::text, r.summary::text, j.error::text,
                       (select coalesce(json_object_agg(a.name, a.id), '{}')::text
                        from artifacts a where a.job_id = j.id)
                from jobs j left join results r on r.job_id = j.id
                where j.parent_id = ? order by j.seq""",
                (rs, i) -> new ChildRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), parentId);
    }

    /** Number of children of a composite job by status; empty for a plain job. */
    public Map<String, Integer> childCounts(UUID parentId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select status, count(*) from jobs where parent_id = ? group by status",
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getInt(2)), parentId);
        return counts;
    }

    /**
     * Jobs whose worker stopped heartbeating: back to the queue while attempts remain, else failed.
     *
     * @return number of jobs requeued or failed
     */
    @Transactional
    public int reapExpiredLeases(String actor) {
        List<UUID> requeued = jdbc.queryForList("""
                with expired as (
                    select id from jobs where status = 'running' and lease_expires_at < now()
                        and attempts < max_attempts for update skip locked)
                update jobs j set status = 'queued', lease_owner = null, lease_expires_at = null,
                    progress_message = 'lease expired; requeued', updated_at = now()
                from expired where j.id = expired.id returning j.id""", UUID.class);
        String problem = """
                {"type":"urn:spinsim:problem:lease-expired","title":"Worker lost","status":500,\
                "detail":"the job's worker stopped heartbeating on every allowed attempt"}""";
        List<UUID> failed = jdbc.queryForList("""
                with expired as (
                    select id from jobs where status = 'running' and lease_expires_at < now()
                        and attempts >= max_attempts for update skip locked)
                update jobs j set status = 'failed', lease_owner = null, lease_expires_at = null,
                    error = ?::jsonb, finished_at = now(), progress_message = 'lease expired', updated_at = now()
                from expired where j.id = expired.id returning j.id""", UUID.class, problem);
        requeued.forEach(id -> event(id, "lease-expired", "requeued", actor));
        failed.forEach(id -> event(id, "failed", "lease expired on the last attempt", actor));
        if (!requeued.isEmpty()) {
            jdbc.queryForList("select pg_notify('spinsim_jobs', 'requeued')");
        }
        return requeued.size() + failed.size();
    }

    /** Top-level jobs of a key that are queued or running (children of a composite count with their parent). */
    public long openJobsOf(UUID ownerKeyId) {
        // kept by the jobs_count_open trigger (V6): one row, whatever the size of the key's backlog
        List<Long> n = jdbc.queryForList("select open_jobs from api_key_open_jobs where owner_key_id = ?", Long.class,
                ownerKeyId);
        return n.isEmpty() ? 0 : n.get(0);
    }

    public long queued(String worker) {
        Long n = jdbc.queryForObject("select count(*) from jobs where status = 'queued' and worker = ?",
                Long.class, worker);
        return n == null ? 0 : n;
    }

    /** Age in seconds of the oldest queued job of a worker, 0 when none waits. */
    public double oldestQueuedAgeSeconds(String worker) {
        Double s = jdbc.queryForObject("select coalesce(extract(epoch from now() - min(created_at)), 0) "
                + "from jobs where status = 'queued' and worker = ?", Double.class, worker);
        return s == null ? 0 : s;
    }

    public void event(UUID id, String kind, String message, String actor) {
        jdbc.update("insert into job_events (job_id, kind, message, actor) values (?, ?, ?, ?)",
                id, kind, truncate(message), actor);
    }

    private boolean finish(UUID id, String owner, String status, String problemJson, String message) {
        return jdbc.update("""
                update jobs set status = ?, error = ?::jsonb, lease_owner = null, lease_expires_at = null,
                    finished_at = now(), updated_at = now(), progress_message = ?,
                    progress_fraction = case when ? = 'succeeded' then 1 else progress_fraction end
                where id = ? and lease_owner = ? and status = 'running'""",
                status, problemJson, message, status, id, owner) == 1;
    }

    private static double clamp(double f) {
        return Double.isFinite(f) ? Math.max(0, Math.min(1, f)) : 0;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
