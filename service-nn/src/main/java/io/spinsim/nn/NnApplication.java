package io.spinsim.nn;

import io.spinsim.auth.SecurityConfiguration;
import io.spinsim.worker.WorkerConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.util.Map;

/** service-nn: claims network jobs (crossbar mapping, training, evaluation) from the PostgreSQL queue and runs them. */
@SpringBootApplication(scanBasePackages = {"io.spinsim.nn", "io.spinsim.db"})
@EntityScan("io.spinsim.db")
@EnableJpaRepositories("io.spinsim.db")
@Import({WorkerConfiguration.class, SecurityConfiguration.class})
public class NnApplication {

    /** Name of this service's configuration file (nn.yml), distinct so all services can share one class path. */
    public static final String CONFIG_NAME = "nn";

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(NnApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        app.run(args);
    }
}
