package io.spinsim.db;

import io.spinsim.db.jobs.CancelOutcome;
import io.spinsim.db.jobs.ClaimedJob;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.db.jobs.JobRepository;
import io.spinsim.db.jobs.LeaseState;
import io.spinsim.db.jobs.NewJob;
import io.spinsim.db.jobs.Submission;
import io.spinsim.db.testing.TestDatabase;
import io.spinsim.jobs.JobStatus;
import io.spinsim.jobs.run.Artifact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = DbTestApplication.class)
class JobQueueTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::freshUrl);
    }

    @Autowired
    JobQueue queue;
    @Autowired
    JobRepository jobs;
    @Autowired
    JdbcTemplate jdbc;

    private UUID submit(String type, int maxAttempts) {
        return queue.submit(new NewJob(type, "solver", "{\"n\":1}", 0, maxAttempts, null, "h", null)).id();
    }

    @Test
    void concurrentWorkersNeverClaimTheSameJob() throws Exception {
        String type = "claim-race";
        for (int i = 0; i < 60; i++) {
            submit(type, 3);
        }
        int workers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String owner = "worker-" + w;
            done.add(pool.submit(() -> {
                start.await();
                List<ClaimedJob> batch;
                do {
                    batch = queue.claim("solver", List.of(type), owner, LEASE, 2);
                    batch.forEach(j -> claimed.add(j.id()));
                } while (!batch.isEmpty());
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(claimed).hasSize(60);
        assertThat(new HashSet<>(claimed)).hasSize(60);
        Integer attempts = jdbc.queryForObject("select sum(attempts) from jobs where type = ?", Integer.class, type);
        assertThat(attempts).isEqualTo(60);
    }

    @Test
    void expiredLeaseIsReclaimedAndOnlyTheNewHolderStoresAResult() throws Exception {
        String type = "lease-expiry";
        UUID id = submit(type, 3);
        ClaimedJob first = queue.claim("solver", List.of(type), "dead-worker", Duration.ofMillis(200), 1).get(0);
        assertThat(first.attempt()).isEqualTo(1);
        Thread.sleep(400);
        assertThat(queue.reapExpiredLeases("reaper")).isEqualTo(1);

        ClaimedJob second = queue.claim("solver", List.of(type), "live-worker", LEASE, 1).get(0);
        assertThat(second.id()).isEqualTo(id);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(queue.heartbeat(id, "dead-worker", LEASE, 0.5, "late")).isEqualTo(LeaseState.LOST);
        assertThat(queue.succeed(id, "dead-worker", "{\"by\":\"dead\"}", List.of())).isFalse();
        assertThat(queue.succeed(id, "live-worker", "{\"by\":\"live\"}",
                List.of(Artifact.csv("table.csv", "t_s,mz\n0,1\n")))).isTrue();
        assertThat(queue.succeed(id, "live-worker", "{\"by\":\"again\"}", List.of())).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from results where job_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select summary->>'by' from results where job_id = ?", String.class, id))
                .isEqualTo("live");
        assertThat(jdbc.queryForObject("select count(*) from artifacts where job_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jobs.findById(id).orElseThrow().getStatus()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void leaseExpiryOnTheLastAttemptFailsTheJob() throws Exception {
        String type = "last-attempt";
        UUID id = submit(type, 1);
        queue.claim("solver", List.of(type), "dead-worker", Duration.ofMillis(100), 1);
        Thread.sleep(300);
        queue.reapExpiredLeases("reaper");
        var job = jobs.findById(id).orElseThrow();
        assertThat(job.getStatus()).isEqualTo(JobStatus.FAILED);
        assertThat(job.getError()).contains("lease-expired");
        assertThat(queue.claim("solver", List.of(type), "other", LEASE, 1)).isEmpty();
    }

    @Test
    void cancellingAQueuedJobEndsItAndARunningOneSignalsItsWorker() {
        String type = "cancel";
        UUID queued = submit(type, 3);
        assertThat(queue.requestCancel(queued, "user")).isEqualTo(CancelOutcome.CANCELLED);
        assertThat(jobs.findById(queued).orElseThrow().getStatus()).isEqualTo(JobStatus.CANCELLED);
        assertThat(queue.requestCancel(queued, "user")).isEqualTo(CancelOutcome.ALREADY_FINISHED);

        UUID running = submit(type, 3);
        queue.claim("solver", List.of(type), "w", LEASE, 1);
        assertThat(queue.requestCancel(running, "user")).isEqualTo(CancelOutcome.REQUESTED);
        assertThat(queue.heartbeat(running, "w", LEASE, 0.3, "step")).isEqualTo(LeaseState.CANCEL_REQUESTED);
        assertThat(queue.cancelled(running, "w")).isTrue();
        assertThat(jobs.findById(running).orElseThrow().getStatus()).isEqualTo(JobStatus.CANCELLED);
        assertThat(queue.requestCancel(UUID.randomUUID(), "user")).isEqualTo(CancelOutcome.NOT_FOUND);
    }

    @Test
    void idempotencyKeyReturnsTheFirstJobAndFlagsADifferentBody() {
        NewJob job = new NewJob("idem", "solver", "{}", 0, 3, "key-1", "sha-a", null);
        Submission first = queue.submit(job);
        Submission retry = queue.submit(job);
        Submission other = queue.submit(new NewJob("idem", "solver", "{}", 0, 3, "key-1", "sha-b", null));
        assertThat(first.created()).isTrue();
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.created()).isFalse();
        assertThat(retry.sameRequest()).isTrue();
        assertThat(other.id()).isEqualTo(first.id());
        assertThat(other.sameRequest()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from jobs where type = 'idem'", Integer.class)).isEqualTo(1);
    }

    @Test
    void higherPriorityIsClaimedFirst() {
        String type = "prio";
        queue.submit(new NewJob(type, "solver", "{}", 0, 3, null, "h", null));
        UUID urgent = queue.submit(new NewJob(type, "solver", "{}", 10, 3, null, "h", null)).id();
        assertThat(queue.claim("solver", List.of(type), "w", LEASE, 1).get(0).id()).isEqualTo(urgent);
    }

    @Test
    void releasedJobReturnsToTheQueueWithoutSpendingAnAttempt() {
        String type = "release";
        UUID id = submit(type, 1);
        queue.claim("solver", List.of(type), "w", LEASE, 1);
        assertThat(queue.release(id, "w")).isTrue();
        ClaimedJob again = queue.claim("solver", List.of(type), "w2", LEASE, 1).get(0);
        assertThat(again.attempt()).isEqualTo(1);
        Set<String> kinds = new HashSet<>(jdbc.queryForList("select kind from job_events where job_id = ?",
                String.class, id));
        assertThat(kinds).contains("submitted", "claimed", "released");
    }

    @Test
    void openJobCountOfAKeyFollowsEveryTransitionAsACountWould() {
        UUID key = UUID.randomUUID();
        jdbc.update("insert into api_keys (id, name, prefix, key_sha256, roles) values (?, 'counter', ?, ?, "
                + "array['submit'])", key, key.toString().substring(0, 8), "0".repeat(64));
        String type = "open-count";
        NewJob parent = new NewJob(type, "solver", "{}", 0, 1, null, "p", null).ownedBy(key);
        UUID composite = queue.submitComposite(parent, List.of(new NewJob(type + "-child", "solver", "{}", 0, 1,
                null, "c", null))).id();
        UUID toFinish = queue.submit(new NewJob(type, "solver", "{}", 0, 1, null, "a", null).ownedBy(key)).id();
        UUID toCancel = queue.submit(new NewJob(type, "solver", "{}", 0, 1, null, "b", null).ownedBy(key)).id();
        UUID toRelease = queue.submit(new NewJob(type, "solver", "{}", 5, 1, null, "c", null).ownedBy(key)).id();
        assertOpenCountIsExact(key, 4);

        ClaimedJob released = queue.claim("solver", List.of(type), "w", LEASE, 1).get(0);
        assertThat(released.id()).isEqualTo(toRelease);
        assertOpenCountIsExact(key, 4);
        queue.release(toRelease, "w");
        assertOpenCountIsExact(key, 4);
        queue.requestCancel(toCancel, "test");
        assertOpenCountIsExact(key, 3);
        List<ClaimedJob> running = queue.claim("solver", List.of(type), "w", LEASE, 3);
        running.stream().filter(j -> j.id().equals(toFinish)).findFirst().orElseThrow();
        queue.succeed(toFinish, "w", "{}", List.of());
        assertOpenCountIsExact(key, 2);
        jdbc.update("delete from jobs where id = ?", composite);
        assertOpenCountIsExact(key, 1);
        queue.fail(toRelease, "w", "{}", "failed on purpose");
        assertOpenCountIsExact(key, 0);
    }

    private void assertOpenCountIsExact(UUID key, long expected) {
        Long counted = jdbc.queryForObject("select count(*) from jobs where owner_key_id = ? and parent_id is null "
                + "and status in ('queued', 'running')", Long.class, key);
        assertThat(counted).isEqualTo(expected);
        assertThat(queue.openJobsOf(key)).isEqualTo(expected);
    }
}
