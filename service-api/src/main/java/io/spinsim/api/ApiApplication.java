package io.spinsim.api;

import io.spinsim.auth.SecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.util.Map;

/** service-api: validates and queues jobs, serves their status, results and artifacts, and the dashboard. */
@SpringBootApplication(scanBasePackages = {"io.spinsim.api", "io.spinsim.db"})
@EntityScan("io.spinsim.db")
@EnableJpaRepositories("io.spinsim.db")
@ConfigurationPropertiesScan("io.spinsim.api")
@Import(SecurityConfiguration.class)
public class ApiApplication {

    /** Name of this service's configuration file (api.yml), distinct so all services can share one class path. */
    public static final String CONFIG_NAME = "api";

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ApiApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        app.run(args);
    }
}
