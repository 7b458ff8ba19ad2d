package io.spinsim.platform;

import io.spinsim.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three services in one JVM over one real PostgreSQL database (TEST_DB_URL or embedded), two solver replicas,
 * talking HTTP: submit over REST, the solver or NN service claims and runs, results and artifacts come back over
 * REST, and the NN service reads a device profile the solver stored through service-api.
 */
class PlatformEndToEndTest {


    private static PlatformLauncher.Running platform;
    private static RestDriver rest;

    @BeforeAll
    static void start() {
        Map<String, Object> fast = Map.of("server.port", 0, "spinsim.worker.poll", "100ms",
                "spinsim.worker.heartbeat", "200ms", "spinsim.worker.lease", "2s",
                "spinsim.worker.reaper-interval", "300ms");
        platform = PlatformLauncher.start(List.of(ServiceKind.API, ServiceKind.SOLVER, ServiceKind.SOLVER,
                ServiceKind.NN), Map.of("SPINSIM_DB_URL", TestDatabase.freshUrl()), fast);
        rest = RestDriver.of(platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void nnServiceMapsWeightsOntoADeviceProfileTheSolverStored() throws Exception {
        JsonNode profileJob = rest.runToEnd(example("examples/devices/seed001-synapse-profile.json"));
        assertThat(profileJob.get("status").asString()).isEqualTo("succeeded");
        JsonNode profileArtifact = rest.artifact(profileJob, "device-profile.json");
        JsonNode levels = RestDriver.JSON.readTree(rest.download(profileArtifact).body()).get("levels");
        assertThat(levels.size()).isEqualTo(8);

        String vmm = """
                {"type": "crossbar-vmm", "spec": {"input": [1.0, -0.5, 0.25],
                  "weights": [[0.5, -1.0, 0.25], [1.0, 0.0, -0.5]],
                  "device": {"profile_artifact_id": "%s"}, "variation": false}}"""
                .formatted(profileArtifact.get("id").asString());
        JsonNode done = rest.runToEnd(vmm);
        assertThat(done.get("status").asString()).as("%s", done).isEqualTo("succeeded");
        JsonNode result = done.get("result");
        assertThat(result.toString()).contains("ideal");
        assertThat(rest.artifacts(done)).isNotEmpty();
    }

    @Test
    void aJobThatFailsGetsAProblemAndTheWorkerKeepsClaiming() throws Exception {
        String missing = """
                {"type": "crossbar-vmm", "spec": {"input": [1.0], "weights": [[0.5]],
                  "device": {"profile_artifact_id": "%s"}}}""".formatted(UUID.randomUUID());
        JsonNode failed = rest.runToEnd(missing);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("type").asString()).startsWith("urn:spinsim:problem:");
        assertThat(failed.get("error").get("detail").asString()).contains("no artifact");

        JsonNode next = rest.runToEnd("""
                {"type": "crossbar-vmm", "spec": {"input": [1.0], "weights": [[0.5]],
                  "device": {"ideal_levels": 16}}}""");
        assertThat(next.get("status").asString()).isEqualTo("succeeded");
    }

    @Test
    void replicasRunEveryJobExactlyOnce() throws Exception {
        String body = example("examples/devices/seed000-topological-8-states-profile.json");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(rest.submit(body).get("id").asString());
        }
        for (String id : ids) {
            assertThat(rest.await(id).get("status").asString()).isEqualTo("succeeded");
        }
        JdbcTemplate jdbc = platform.context(ServiceKind.API).getBean(JdbcTemplate.class);
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertThat(jdbc.queryForObject("select attempts from jobs where id = ?", Integer.class, uuid)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from results where job_id = ?", Integer.class, uuid))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from job_events where job_id = ? and kind = 'claimed'",
                    Integer.class, uuid)).isEqualTo(1);
        }
    }

    @Test
    void jobOfADeadWorkerIsReclaimedAfterItsLeaseAndCompletesOnce() throws Exception {
        JdbcTemplate jdbc = platform.context(ServiceKind.API).getBean(JdbcTemplate.class);
        String spec = RestDriver.JSON.readTree(example("examples/devices/seed000-topological-8-states-profile.json"))
                .get("spec").toString();
        // as a worker leaves it that claimed the job and died: running, one attempt spent, a lease that runs out
        // in 300 ms and is never extended
        UUID id = UUID.randomUUID();
        jdbc.update("insert into jobs (id, type, worker, spec, status, attempts, max_attempts, lease_owner, "
                + "lease_expires_at) values (?, 'device-profile', 'solver', ?::jsonb, 'running', 1, 3, 'dead-worker', "
                + "now() + interval '300 milliseconds')", id, spec);
        JsonNode done = rest.await(id.toString());
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from results where job_id = ?", Integer.class, id)).isEqualTo(1);
        List<String> kinds = jdbc.queryForList("select kind from job_events where job_id = ? order by id", String.class, id);
        assertThat(kinds).containsSubsequence("lease-expired", "claimed", "succeeded");
    }

    @Test
    void sweepFansOutChildJobsAndAggregatesTheStonerWohlfarthTilt() throws Exception {
        // macrospin-like film (uniform state, no demag): a field Bx across the easy axis tilts m to
        // sin(theta) = Bx / B_K with B_K = 2 Ku / Ms = 2.759 T (Stoner-Wohlfarth); alpha = 1 relaxes it in ~4 ps
        String sweep = """
                {"type": "sweep", "spec": {"name": "tilt vs field",
                  "job": {"type": "llg", "spec": {
                    "mesh": {"nx": 8, "ny": 8, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                    "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 1.0},
                    "field": {"b_T": [0.1, 0, 0]},
                    "run": {"dt_s": 5e-14, "duration_s": 6e-11, "backend": "java"}}},
                  "axes": [{"path": "field.b_T[0]", "values": [0.1, 0.3, 0.5]},
                           {"path": "material.ku_J_per_m3", "values": [8e5, 1.6e6]}],
                  "collect": ["final_m[0]", "energy_J"],
                  "heatmap": {"x": "field.b_T[0]", "y": "material.ku_J_per_m3", "value": "final_m[0]"}}}""";
        JsonNode parent = rest.submit(sweep);
        assertThat(parent.get("children").get("queued").asInt()).isEqualTo(6);
        JsonNode done = rest.await(parent.get("id").asString());
        assertThat(done.get("status").asString()).as("%s", done).isEqualTo("succeeded");
        assertThat(done.get("result").get("children").get("succeeded").asInt()).isEqualTo(6);

        String csv = new String(rest.download(rest.artifact(done, "sweep.csv")).body());
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("field.b_T[0],material.ku_J_per_m3,status,final_m[0],energy_J");
        assertThat(rows).hasSize(7);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            double bx = Double.parseDouble(c[0]);
            double ku = Double.parseDouble(c[1]);
            double expected = bx / (2 * ku / 5.8e5);
            // 3 %: the film is uniform, so the only error is the remaining relaxation after 60 ps (~15 time
            // constants) and the fp32 state
            assertThat(Double.parseDouble(c[3])).as(row).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(3));
        }
        assertThat(rest.download(rest.artifact(done, "heatmap.png")).body()).startsWith(0x89, 'P', 'N', 'G');
        JsonNode children = RestDriver.JSON.readTree(rest.get(platform.url(ServiceKind.API)
                + done.get("links").get("children").asString()).body());
        assertThat(children.get("items").size()).isEqualTo(6);
        assertThat(children.get("items").get(0).get("label").asString()).contains("field.b_T[0]=");
    }

    @Test
    void cancellingASweepCancelsItsQueuedChildren() throws Exception {
        String sweep = """
                {"type": "sweep", "spec": {
                  "job": {"type": "llg", "spec": {
                    "mesh": {"nx": 32, "ny": 32, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                    "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "alpha": 0.1},
                    "run": {"dt_s": 1e-14, "duration_s": 1e-8, "backend": "java"}}},
                  "axes": [{"path": "material.alpha", "from": 0.1, "to": 0.5, "steps": 20}]}}""";
        String id = rest.submit(sweep).get("id").asString();
        HttpResponse<byte[]> cancel = RestDriver.HTTP.send(rest.request(
                platform.url(ServiceKind.API) + "/api/v1/jobs/" + id + "/cancel")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(cancel.statusCode()).isEqualTo(200);
        JdbcTemplate jdbc = platform.context(ServiceKind.API).getBean(JdbcTemplate.class);
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.queryForObject("select count(*) from jobs where parent_id = ? and status in ('queued', 'running')",
                Integer.class, UUID.fromString(id)) > 0) {
            assertThat(System.currentTimeMillis()).as("children still running after 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select count(*) from jobs where parent_id = ? and status = 'cancelled'",
                Integer.class, UUID.fromString(id))).isEqualTo(20);
    }

    @Test
    void prometheusShowsJobCountersOnEveryService() throws Exception {
        rest.runToEnd("""
                {"type": "crossbar-vmm", "spec": {"input": [1.0], "weights": [[0.5]], "device": {"ideal_levels": 4}}}""");
        String nn = new String(rest.get(platform.url(ServiceKind.NN) + "/actuator/prometheus").body());
        assertThat(nn).contains("spinsim_jobs_finished_total{service=\"nn\",status=\"succeeded\",type=\"crossbar-vmm\"");
        assertThat(nn).contains("spinsim_job_duration_seconds_count");
        String apiMetrics = new String(rest.get(platform.url(ServiceKind.API) + "/actuator/prometheus").body());
        assertThat(apiMetrics).contains("spinsim_jobs_submitted_total").contains("spinsim_queue_depth");
    }

    private static String example(String path) throws java.io.IOException {
        return Files.readString(RestDriver.example(path));
    }
}
