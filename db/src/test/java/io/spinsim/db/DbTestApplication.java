package io.spinsim.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots just the persistence layer (Flyway, JPA, JdbcTemplate, the queue) for the db module's tests. */
@SpringBootApplication
public class DbTestApplication {
}
