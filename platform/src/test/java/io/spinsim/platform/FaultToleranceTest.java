package io.spinsim.platform;

import io.spinsim.db.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults with real processes: solver workers run as separate JVMs (`spinsim service solver`) against a PostgreSQL
 * this test owns. A worker killed with SIGKILL mid-job leaves its job to another worker once its lease expires,
 * and exactly one result is stored; PostgreSQL restarted under running workers and the API: they reconnect and
 * carry on.
 */
class FaultToleranceTest {

    @TempDir
    static Path dir;

    private static int dbPort;
    private static EmbeddedPostgresServer postgres;
    private static String dbUrl;
    private static PlatformLauncher.Running api;
    private static RestDriver rest;
    private static final List<Process> workers = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        dbPort = freePort();
        postgres = EmbeddedPostgresServer.start(dir.resolve("pg"), dbPort);
        dbUrl = postgres.jdbcUrl("spinsim");
        api = PlatformLauncher.start(List.of(ServiceKind.API), Map.of("SPINSIM_DB_URL", dbUrl),
                Map.of("server.port", 0));
        rest = RestDriver.of(api);
    }

    /** Each test starts the workers it needs; none outlives it. */
    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Process p : workers) {
            p.destroyForcibly().waitFor();
        }
        workers.clear();
    }

    @AfterAll
    static void stop() {
        workers.forEach(Process::destroyForcibly);
        api.close();
        postgres.close();
    }

    /** A solver worker in its own JVM: 5 s leases, heartbeat every second. */
    private static Process worker(String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Spinsim.class.getName(), "service", "solver");
        Map<String, String> env = pb.environment();
        env.put("SPINSIM_DB_URL", dbUrl);
        env.put("SPINSIM_API_URL", api.url(ServiceKind.API));
        env.put("SPINSIM_SOLVER_PORT", "0");
        env.put("SPINSIM_WORKER_LEASE", "5s");
        env.put("SPINSIM_WORKER_HEARTBEAT", "1s");
        env.put("SPINSIM_WORKER_REAPER_INTERVAL", "1s");
        env.put("SPINSIM_WORKER_POLL", "200ms");
        File log = dir.resolve(name + ".log").toFile();
        Process p = pb.redirectErrorStream(true).redirectOutput(log).start();
        workers.add(p);
        return p;
    }

    /** A 64 x 64 film; LONG takes tens of seconds on one core, long enough to be killed in the middle. */
    private static String film(String name, double durationS) {
        return """
                {"type": "llg", "spec": {"name": "%s",
                  "mesh": {"nx": 64, "ny": 64, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                  "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.3},
                  "field": {"b_T": [0.1, 0, 0]},
                  "run": {"dt_s": 1e-14, "duration_s": %s, "backend": "java"}}}""".formatted(name, durationS);
    }

    private static final double LONG = 4e-10;
    /** 100 ms ticks to wait for a worker JVM to start and claim (a loaded 2-core machine can take a minute). */
    private static final int PATIENCE_TICKS = 3000;
    private static final java.time.Duration FINISH = java.time.Duration.ofMinutes(5);

    private static JdbcTemplate jdbc() {
        return api.context(ServiceKind.API).getBean(JdbcTemplate.class);
    }

    @Test
    void killedWorkersJobIsRunAgainElsewhereAndStoredOnce() throws Exception {
        Process a = worker("worker-a");
        String id = rest.submit(film("kill -9 victim", LONG)).get("id").asString();
        String owner = awaitOwner(UUID.fromString(id));
        assertThat(owner).contains(":" + a.pid() + ":");
        awaitProgress(id);

        a.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no lease given back
        worker("worker-b");

        JsonNode done = rest.await(id, FINISH);
        assertThat(done.get("status").asString()).as("%s", done).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        UUID uuid = UUID.fromString(id);
        assertThat(jdbc().queryForObject("select count(*) from results where job_id = ?", Integer.class, uuid))
                .isEqualTo(1);
        assertThat(jdbc().queryForObject("select count(distinct name) from artifacts where job_id = ?", Integer.class,
                uuid)).isEqualTo(jdbc().queryForObject("select count(*) from artifacts where job_id = ?",
                Integer.class, uuid));
        List<String> events = jdbc().queryForList("select kind from job_events where job_id = ? order by id",
                String.class, uuid);
        assertThat(events).containsSubsequence("claimed", "lease-expired", "claimed", "succeeded");
    }

    @Test
    void workersAndApiCarryOnAfterPostgresRestarts() throws Exception {
        worker("worker-c");
        String before = rest.submit(film("running through a restart", LONG)).get("id").asString();
        awaitProgress(before);

        postgres.close();
        Thread.sleep(3000);
        postgres = EmbeddedPostgresServer.start(dir.resolve("pg"), dbPort);

        JsonNode survived = rest.await(before, FINISH);
        assertThat(survived.get("status").asString()).as("%s", survived).isEqualTo("succeeded");
        JsonNode after = rest.runToEnd(film("after the restart", 2e-12));
        assertThat(after.get("status").asString()).isEqualTo("succeeded");
        assertThat(jdbc().queryForObject("select count(*) from results where job_id = ?", Integer.class,
                UUID.fromString(before))).isEqualTo(1);
    }

    @Test
    void stoppedWorkerGivesItsJobBackWithoutSpendingAnAttempt() throws Exception {
        Process d = worker("worker-d");
        String id = rest.submit(film("graceful shutdown", LONG)).get("id").asString();
        assertThat(awaitOwner(UUID.fromString(id))).contains(":" + d.pid() + ":");
        awaitProgress(id);

        d.destroy(); // SIGTERM: the shutdown hook stops the worker pool, which releases the lease
        assertThat(d.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).as("worker exited").isTrue();
        List<String> events = jdbc().queryForList("select kind from job_events where job_id = ? order by id",
                String.class, UUID.fromString(id));
        assertThat(events).contains("released").doesNotContain("lease-expired");

        worker("worker-e");
        JsonNode done = rest.await(id, FINISH);
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).as("a released job does not spend an attempt").isEqualTo(1);
    }

    private static String awaitOwner(UUID id) throws InterruptedException {
        for (int i = 0; i < PATIENCE_TICKS; i++) {
            List<String> owner = jdbc().queryForList("select lease_owner from jobs where id = ? and status = 'running'",
                    String.class, id);
            if (!owner.isEmpty()) {
                return owner.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no worker claimed job " + id + " in time; see worker logs in " + dir);
    }

    private static void awaitProgress(String id) throws Exception {
        for (int i = 0; i < PATIENCE_TICKS; i++) {
            JsonNode job = RestDriver.JSON.readTree(rest.get(api.url(ServiceKind.API) + "/api/v1/jobs/" + id).body());
            if (job.get("progress").get("fraction").asDouble() > 0.05) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " made no progress in time");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
