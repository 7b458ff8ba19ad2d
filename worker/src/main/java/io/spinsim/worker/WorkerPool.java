package io.spinsim.worker;

import io.spinsim.db.jobs.ClaimedJob;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Threads that claim jobs of their service's types from the PostgreSQL queue and run them, a heartbeat that keeps
 * their leases and reports progress, and a reaper that requeues jobs of workers that died. Stopping lets running
 * jobs notice at their next progress report and gives their leases back, so nothing is lost on shutdown.
 */
public class WorkerPool implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

    private final WorkerProperties props;
    private final JobQueue queue;
    private final Map<String, JobRunner<?>> runners;
    private final ArtifactSource artifacts;
    private final JobExecution execution;
    private final Runnable onStop;
    private final String ownerBase;
    private final Set<LeasedJobContext> active = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    /** @param onStop run after the pool stopped (revokes the worker's own API key) */
    WorkerPool(WorkerProperties props, JobQueue queue, Map<String, JobRunner<?>> runners, ArtifactSource artifacts,
               JobExecution execution, Runnable onStop) {
        this.onStop = onStop;
        this.props = props;
        this.queue = queue;
        this.runners = Map.copyOf(runners);
        this.artifacts = artifacts;
        this.execution = execution;
        this.ownerBase = hostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public List<String> jobTypes() {
        return List.copyOf(runners.keySet());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (runners.isEmpty()) {
            log.warn("no job runners for worker kind {}: nothing to claim", props.kind());
        }
        running = true;
        scheduler = Executors.newScheduledThreadPool(1, r -> daemon(r, "spinsim-heartbeat"));
        long hb = props.heartbeat().toMillis();
        scheduler.scheduleWithFixedDelay(this::heartbeats, hb, hb, TimeUnit.MILLISECONDS);
        long reap = props.reaperInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::reap, 0, reap, TimeUnit.MILLISECONDS);
        for (int i = 0; i < props.threads(); i++) {
            String owner = ownerBase + ":" + i;
            Thread t = new Thread(() -> loop(owner), "spinsim-" + kindName() + "-worker-" + i);
            threads.add(t);
            t.start();
        }
        log.info("{} worker pool started: {} threads, job types {}", kindName(), props.threads(), jobTypes());
    }

    @Override
    public synchronized void stop() {
        running = false;
        active.forEach(LeasedJobContext::shutDown);
        long deadline = System.currentTimeMillis() + props.shutdownGrace().toMillis();
        for (Thread t : threads) {
            t.interrupt();
            try {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        try {
            onStop.run();
        } catch (RuntimeException e) {
            log.warn("could not revoke the worker's API key: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop(String owner) {
        List<String> types = jobTypes();
        while (running) {
            try {
                List<ClaimedJob> claimed = types.isEmpty() ? List.of()
                        : queue.claim(kindName(), types, owner, props.lease(), 1);
                if (claimed.isEmpty()) {
                    pause(props.poll().toMillis());
                    continue;
                }
                ClaimedJob job = claimed.get(0);
                LeasedJobContext context = new LeasedJobContext(job.id(), owner, queue, props.lease(), artifacts,
                        job.maxWallTimeS());
                active.add(context);
                try {
                    execution.run(job, runners.get(job.type()), context);
                } finally {
                    active.remove(context);
                }
            } catch (RuntimeException e) {
                // database away or similar: keep the worker alive and try again; leases protect the jobs
                log.warn("{} worker loop error, retrying: {}", kindName(), e.toString());
                pause(Math.max(1000, props.poll().toMillis()));
            }
        }
    }

    private void heartbeats() {
        for (LeasedJobContext context : active) {
            try {
                context.heartbeat();
            } catch (RuntimeException e) {
                log.warn("heartbeat for job {} failed: {}", context.jobId(), e.toString());
            }
        }
    }

    private void reap() {
        try {
            int n = queue.reapExpiredLeases(ownerBase);
            if (n > 0) {
                log.info("requeued or failed {} jobs with expired leases", n);
            }
        } catch (RuntimeException e) {
            log.warn("lease reaper failed: {}", e.toString());
        }
    }

    private String kindName() {
        return props.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // stop() interrupts to end the wait early; the loop checks `running` next
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
