package io.spinsim.worker;

import io.micrometer.core.instrument.MeterRegistry;
import io.spinsim.auth.ApiKeyStore;
import io.spinsim.auth.IssuedKey;
import io.spinsim.auth.Role;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.jobs.run.JobRunners;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

/** Wires a worker pool for the job runners found on the class path; imported by service-solver and service-nn. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
public class WorkerConfiguration {

    @Bean
    WorkerPool workerPool(WorkerProperties props, JobQueue queue, JsonMapper json, MeterRegistry registry,
                          RestClient.Builder http, ApiKeyStore keys) {
        String kind = props.kind().name().toLowerCase(Locale.ROOT);
        WorkerMetrics metrics = new WorkerMetrics(registry, kind, queue);
        // the worker reads other jobs' artifacts through service-api like any client: with a read-only key of its
        // own, minted here (it shares the database with the API) and held only in memory
        IssuedKey key = keys.create("service:" + kind + ":" + UUID.randomUUID(), EnumSet.of(Role.READ), 0, 0);
        return new WorkerPool(props, queue, JobRunners.forWorker(props.kind()),
                new RestArtifactSource(http, props.apiUrl(), key.token()), new JobExecution(queue, json, metrics),
                () -> keys.revoke(key.key().id()));
    }
}
