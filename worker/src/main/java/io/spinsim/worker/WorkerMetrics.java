package io.spinsim.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.spinsim.db.jobs.JobQueue;

import java.util.concurrent.atomic.AtomicInteger;

/** Job counters and timers of a worker service, exported at /actuator/prometheus. */
final class WorkerMetrics {

    private final MeterRegistry registry;
    private final String worker;
    private final AtomicInteger busy = new AtomicInteger();

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

    Timer.Sample start() {
        return Timer.start(registry);
    }
}
