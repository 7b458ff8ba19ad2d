package io.spinsim.worker;

import io.spinsim.jobs.Worker;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of a queue worker ({@code spinsim.worker.*}).
 *
 * @param kind           which jobs this service claims (solver or nn)
 * @param threads        jobs run at once (default 1: one job uses the cores through its own kernels)
 * @param lease          how long a claim holds without a heartbeat; a dead worker's job is requeued after it
 * @param heartbeat      how often a running job's lease is extended and its progress written
 * @param poll           how long an idle worker waits before asking the queue again
 * @param reaperInterval how often expired leases are looked for
 * @param apiUrl         base URL of service-api, for artifacts of other jobs
 * @param shutdownGrace  how long a stopping worker waits for its job to notice the stop and give its lease back
 */
@ConfigurationProperties("spinsim.worker")
public record WorkerProperties(Worker kind, Integer threads, Duration lease, Duration heartbeat, Duration poll,
                               Duration reaperInterval, String apiUrl, Duration shutdownGrace) {

    public WorkerProperties {
        threads = threads == null ? 1 : threads;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        heartbeat = heartbeat == null ? Duration.ofSeconds(2) : heartbeat;
        poll = poll == null ? Duration.ofMillis(500) : poll;
        reaperInterval = reaperInterval == null ? Duration.ofSeconds(5) : reaperInterval;
        apiUrl = apiUrl == null ? "http://localhost:8080" : apiUrl;
        shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(20) : shutdownGrace;
        if (kind == null) {
            throw new IllegalArgumentException("spinsim.worker.kind must be set (solver or nn)");
        }
        if (heartbeat.compareTo(lease.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("spinsim.worker.heartbeat must be at most half of spinsim.worker.lease");
        }
    }
}
