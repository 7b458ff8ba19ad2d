package io.spinsim.worker;

import io.micrometer.core.instrument.MeterRegistry;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.jobs.run.JobRunners;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires a worker pool for the job runners found on the class path; imported by service-solver and service-nn. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
public class WorkerConfiguration {

    @Bean
    WorkerPool workerPool(WorkerProperties props, JobQueue queue, JsonMapper json, MeterRegistry registry,
                          RestClient.Builder http) {
        WorkerMetrics metrics = new WorkerMetrics(registry, props.kind().name().toLowerCase(java.util.Locale.ROOT), queue);
        return new WorkerPool(props, queue, JobRunners.forWorker(props.kind()),
                new RestArtifactSource(http, props.apiUrl()), new JobExecution(queue, json, metrics));
    }
}
