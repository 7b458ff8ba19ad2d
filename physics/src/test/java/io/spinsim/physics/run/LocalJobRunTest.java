package io.spinsim.physics.run;

import io.spinsim.jobs.run.LocalJobRun;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The command-line runner finds the llg runner on the class path and writes the summary and the artifacts. */
class LocalJobRunTest {

    @Test
    void runsAnExampleRequestIntoAFolder(@TempDir Path dir) throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(request, """
                {"type": "llg", "spec": {"mesh": {"nx": 16, "ny": 16, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9,
                 "dz_m": 1e-9}, "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5,
                 "alpha": 0.5}, "initial": {"direction": [0, 0, 1]},
                 "run": {"integrator": "heun", "dt_s": 1e-13, "duration_s": 2e-12, "backend": "java"}}}""");
        Path out = dir.resolve("out");
        LocalJobRun.main(new String[]{request.toString(), out.toString()});
        JsonNode summary = SpecReader.mapper().readTree(Files.readString(out.resolve("summary.json")));
        // a uniform film along its easy axis, no DMI and no field, is at rest: <m_z> stays 1; 2 ps of 0.1 ps steps
        assertThat(summary.get("final_m").get(2).asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(summary.get("simulated_time_s").asDouble()).isCloseTo(2e-12, within(1e-18));
        assertThat(summary.get("backend").asString()).startsWith("java");
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).contains("summary.json", "table.csv");
    }

    @Test
    void aTypeWithoutARunnerIsNamed(@TempDir Path dir) throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(request, "{\"type\": \"no-such-type\", \"spec\": {}}");
        assertThatThrownBy(() -> LocalJobRun.main(new String[]{request.toString(), dir.resolve("o").toString()}))
                .hasMessageContaining("no-such-type");
    }
}
