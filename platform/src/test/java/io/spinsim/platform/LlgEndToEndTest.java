package io.spinsim.platform;

import io.spinsim.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.spinsim.platform.RestDriver.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** An llg job over HTTP: submitted, run by service-solver, its table and image downloaded; and one cancelled. */
class LlgEndToEndTest {

    private static PlatformLauncher.Running platform;
    private static RestDriver rest;

    @BeforeAll
    static void start() {
        platform = PlatformLauncher.start(List.of(ServiceKind.API, ServiceKind.SOLVER),
                Map.of("SPINSIM_DB_URL", TestDatabase.freshUrl()),
                Map.of("server.port", 0, "spinsim.worker.poll", "100ms", "spinsim.worker.heartbeat", "200ms"));
        rest = RestDriver.of(platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A 32 x 32 film of seed 001's material in a tilted field, 20 ps of Heun steps. */
    private static String film(double durationS) {
        return """
                {"type": "llg", "spec": {"name": "e2e film",
                  "mesh": {"nx": 32, "ny": 32, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                  "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.3,
                               "dmi_J_per_m2": 3e-3},
                  "field": {"b_T": [0.2, 0, 0.05]},
                  "run": {"dt_s": 2e-14, "duration_s": %s, "backend": "java"},
                  "outputs": {"table_interval_s": 1e-12}}}""".formatted(durationS);
    }

    @Test
    void llgJobRunsAndItsTableAndImageDownload() throws Exception {
        JsonNode done = rest.runToEnd(film(2e-11));
        assertThat(done.get("status").asString()).as("%s", done).isEqualTo("succeeded");
        assertThat(done.get("progress").get("fraction").asDouble()).isEqualTo(1.0);

        JsonNode table = rest.artifact(done, "table.csv");
        String csv = new String(rest.download(table).body(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        assertThat(lines[0]).startsWith("t_s").contains("mx").contains("my").contains("mz").contains("E");
        assertThat(lines.length).as("header + ~21 rows at 1 ps over 20 ps").isBetween(20, 24);

        JsonNode png = rest.artifact(done, "mz.png");
        HttpResponse<byte[]> image = rest.download(png);
        assertThat(image.body()).startsWith(0x89, 'P', 'N', 'G');

        String etag = image.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = RestDriver.HTTP.send(rest.request(
                platform.url(ServiceKind.API) + png.get("href").asString())
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void runningJobStopsWhenCancelled() throws Exception {
        String id = rest.submit(film(5e-9)).get("id").asString();
        String api = platform.url(ServiceKind.API);
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode job;
        do {
            Thread.sleep(100);
            job = JSON.readTree(rest.get(api + "/api/v1/jobs/" + id).body());
            assertThat(job.get("status").asString()).as("%s", job).isIn("queued", "running");
            assertThat(System.currentTimeMillis()).as("no progress within 60 s: %s", job).isLessThan(deadline);
        } while (!job.get("status").asString().equals("running") || job.get("progress").get("fraction").asDouble() == 0);

        HttpResponse<byte[]> cancel = RestDriver.HTTP.send(rest.request(
                api + "/api/v1/jobs/" + id + "/cancel").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(cancel.statusCode()).isEqualTo(202);

        JsonNode done = rest.await(id);
        assertThat(done.get("status").asString()).isEqualTo("cancelled");
        assertThat(done.get("progress").get("fraction").asDouble()).isLessThan(1.0);
        assertThat(done.get("result").isNull()).isTrue();
        String events = new String(rest.get(api + "/api/v1/jobs/" + id + "/events").body());
        assertThat(events).contains("cancel-requested").contains("\"cancelled\"");
    }

    @Test
    void jobPastItsWallTimeLimitFailsAndTheWorkerGoesOn() throws Exception {
        String slow = film(5e-9).replace("\"outputs\": {\"table_interval_s\": 1e-12}}}",
                "\"outputs\": {\"table_interval_s\": 1e-12}}, \"max_wall_time_s\": 1}");
        JsonNode failed = rest.runToEnd(slow);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("type").asString()).isEqualTo("urn:spinsim:problem:limit-exceeded");
        assertThat(failed.get("error").get("detail").asString()).contains("wall time limit of 1 s");
        assertThat(rest.runToEnd(film(1e-12)).get("status").asString()).isEqualTo("succeeded");
    }
}
