package io.spinsim.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.spinsim.db.jobs.JobQueue;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Job counters and timers of a worker service, exported at /actuator/prometheus. */
final class WorkerMetrics {

    private final MeterRegistry registry;
    private final String worker;
    private final AtomicInteger busy = new AtomicInteger();
    /** Last reported throughput per meter name and job type, as double bits (gauges hold their state weakly). */
    private final Map<String, AtomicLong> lastRates = new ConcurrentHashMap<>();

    WorkerMetrics(MeterRegistry registry, String worker, JobQueue queue) {
        this.registry = registry;
        this.worker = worker;
        Gauge.builder("spinsim.worker.busy.threads", busy, AtomicInteger::get)
                .description("worker threads running a job").tag("worker", worker).register(registry);
        Gauge.builder("spinsim.queue.depth", queue, q -> q.queued(worker))
                .description("jobs waiting in the queue").tag("worker", worker).register(registry);
        Gauge.builder("spinsim.queue.oldest.age", queue, q -> q.oldestQueuedAgeSeconds(worker))
                .description("age of the oldest queued job").baseUnit("seconds").tag("worker", worker)
                .register(registry);
    }

    void claimed(String type) {
        Counter.builder("spinsim.jobs.claimed").description("jobs claimed from the queue")
                .tags("worker", worker, "type", type).register(registry).increment();
        busy.incrementAndGet();
    }

    void finished(String type, String status, Timer.Sample sample) {
        busy.decrementAndGet();
        Counter.builder("spinsim.jobs.finished").description("jobs that left a worker, by final status")
                .tags("worker", worker, "type", type, "status", status).register(registry).increment();
        sample.stop(Timer.builder("spinsim.job.duration").description("wall time of a job on its worker")
                .tags("worker", worker, "type", type, "status", status).register(registry));
    }

    /**
     * The throughput a succeeded job's summary reports: an llg job's cell evaluations per second of its time loop
     * ({@code cell_evals_per_s}); a network job's training images per second, epochs x training images over the
     * job's wall time ({@code epochs}, {@code train_images}, {@code seconds}: data loading, testing and the crossbar
     * Monte Carlo count as time, so this is a lower bound of the training rate).
     */
    void throughput(String type, JsonNode summary) {
        JsonNode cells = summary.path("cell_evals_per_s");
        if (cells.isNumber() && cells.asDouble() > 0) {
            rate("spinsim.solver.cell.evals.per.second", "spinsim.solver.job.cell.evals.per.second",
                    "cells x effective-field evaluations per second of an llg job's time loop", type, cells.asDouble());
        }
        JsonNode epochs = summary.path("epochs");
        double seconds = summary.path("seconds").asDouble(0);
        if (epochs.isArray() && summary.path("train_images").isNumber() && seconds > 0) {
            rate("spinsim.nn.train.images.per.second", "spinsim.nn.job.train.images.per.second",
                    "epochs x training images per second of a network job's wall time", type,
                    summary.get("train_images").asDouble() * epochs.size() / seconds);
        }
    }

    /** A gauge of the last job's rate and a distribution over jobs, both tagged by job type. */
    private void rate(String gauge, String distribution, String description, String type, double value) {
        AtomicLong last = lastRates.computeIfAbsent(gauge + "|" + type, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(gauge, holder, h -> Double.longBitsToDouble(h.get())).description(description + ", last job")
                    .tags("worker", worker, "type", type).register(registry);
            return holder;
        });
        last.set(Double.doubleToLongBits(value));
        DistributionSummary.builder(distribution).description(description + ", over jobs")
                .tags("worker", worker, "type", type).register(registry).record(value);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }
}
