package io.spinsim.platform;

import io.spinsim.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression suites through the CLI against a running embedded platform: a suite passes on its baseline and
 * fails, with JUnit XML and a non-zero exit, when a parameter is perturbed beyond tolerance; the baseline is
 * updated only by writing the file a reviewer commits.
 */
class RegressionEndToEndTest {

    private static PlatformLauncher.Running platform;
    private static PlatformClient client;

    /** A macrospin relaxing towards B: m_z(t) = tanh(alpha gamma B t / (1 + alpha^2)), and a baseline check. */
    private static String suite(double alpha) {
        return """
                {"suite": "tanh", "cases": [{"name": "damped", "job": {"type": "llg", "spec": {
                    "mesh": {"nx": 1, "ny": 1, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 2e-9},
                    "material": {"ms_A_per_m": 8e5, "a_J_per_m": 0, "alpha": %s},
                    "field": {"b_T": [0, 0, 1]}, "initial": {"kind": "uniform", "direction": [1, 0, 0]},
                    "run": {"dt_s": 1e-14, "duration_s": 2e-11, "backend": "java", "precision": "fp64"}}},
                  "checks": [{"path": "final_m[2]", "expected": 0.8869833959779654, "abs_tol": 1e-5},
                             {"path": "energy_J", "rel_tol": 1e-6}]}]}""".formatted(alpha);
    }

    @BeforeAll
    static void start() {
        platform = PlatformLauncher.start(List.of(ServiceKind.API, ServiceKind.SOLVER),
                Map.of("SPINSIM_DB_URL", TestDatabase.freshUrl()),
                Map.of("server.port", 0, "spinsim.worker.poll", "100ms", "spinsim.worker.heartbeat", "200ms"));
        client = new PlatformClient(platform.url(ServiceKind.API), platform.issueKey("ci",
                java.util.EnumSet.of(io.spinsim.auth.Role.READ, io.spinsim.auth.Role.SUBMIT)).token());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static int regress(Path suiteFile, String... flags) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("regress", suiteFile.toString(), "--junit",
                suiteFile.resolveSibling("junit.xml").toString()));
        args.addAll(List.of(flags));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return RegressCommand.run(client, new CliOptions(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void suitePassesOnItsBaselineAndFailsWhenAParameterDrifts(@TempDir Path repo) throws Exception {
        Path suiteFile = repo.resolve("suites/tanh.json");
        Files.createDirectories(suiteFile.getParent());
        Files.writeString(suiteFile, suite(0.5));

        // no baseline yet: the energy check cannot pass; --update-baseline writes the file to review and commit
        assertThat(regress(suiteFile)).isEqualTo(1);
        assertThat(regress(suiteFile, "--update-baseline")).isZero();
        Path baseline = repo.resolve("baselines/tanh.json");
        assertThat(RestDriver.JSON.readTree(baseline.toFile()).get("damped").has("energy_J")).isTrue();

        assertThat(regress(suiteFile)).isZero();
        assertThat(Files.readString(repo.resolve("suites/junit.xml"))).contains("tests=\"2\" failures=\"0\"");

        // alpha 0.5 -> 0.55 moves m_z(20 ps) from 0.8870 to 0.9095 and the energy by 20 %: both checks fail
        Files.writeString(suiteFile, suite(0.55));
        assertThat(regress(suiteFile)).isEqualTo(1);
        String junit = Files.readString(repo.resolve("suites/junit.xml"));
        assertThat(junit).contains("tests=\"2\" failures=\"2\"").contains("<failure message=");
    }

    @Test
    void bundledSuiteRunsThroughTheRegressionsEndpoint() throws Exception {
        JsonNode suites = client.getJson("/api/v1/regressions");
        assertThat(suites.toString()).contains("llg-validation");
        JsonNode job = client.post("/api/v1/regressions", "{\"suite\": \"llg-validation\"}".getBytes());
        JsonNode done = JobWatcher.watch(client, job.get("id").asString(), new PrintStream(new ByteArrayOutputStream()));
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("result").get("passed").asBoolean()).as("%s", done.get("result").get("failures")).isTrue();
        assertThat(new String(client.artifactBytes(done.get("id").asString(), "junit.xml"))).contains("failures=\"0\"");
    }
}
