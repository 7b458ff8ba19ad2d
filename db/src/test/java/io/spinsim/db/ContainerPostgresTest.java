package io.spinsim.db;

import io.spinsim.db.jobs.ClaimedJob;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.db.jobs.NewJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema and the queue against the PostgreSQL image the deployment uses (docker-compose: postgres:17). Runs
 * where a Docker engine is reachable; skipped elsewhere (the other tests cover embedded and external servers).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = DbTestApplication.class)
class ContainerPostgresTest {

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::getUsername);
        registry.add("spring.datasource.password", POSTGRES::getPassword);
    }

    @Autowired
    JobQueue queue;

    @Test
    void migratedSchemaQueuesClaimsAndFinishesAJob() {
        var id = queue.submit(new NewJob("container", "solver", "{}", 0, 3, null, "h", null)).id();
        List<ClaimedJob> claimed = queue.claim("solver", List.of("container"), "w", Duration.ofSeconds(30), 5);
        assertThat(claimed).extracting(ClaimedJob::id).containsExactly(id);
        assertThat(queue.succeed(id, "w", "{\"ok\": true}", List.of())).isTrue();
    }
}
