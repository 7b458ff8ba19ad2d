package io.spinsim.api.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.jobs.Worker;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Queue depth and the age of the oldest queued job per worker service, as seen from the API. */
@Component
class QueueMetrics {

    QueueMetrics(MeterRegistry registry, JobQueue queue) {
        for (Worker w : Worker.values()) {
            String worker = w.name().toLowerCase(Locale.ROOT);
            Gauge.builder("spinsim.queue.depth", queue, q -> q.queued(worker))
                    .description("jobs waiting in the queue").tag("worker", worker).register(registry);
            Gauge.builder("spinsim.queue.oldest.age", queue, q -> q.oldestQueuedAgeSeconds(worker))
                    .description("age of the oldest queued job").baseUnit("seconds").tag("worker", worker)
                    .register(registry);
        }
    }
}
