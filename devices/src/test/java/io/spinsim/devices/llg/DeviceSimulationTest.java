package io.spinsim.devices.llg;

import io.spinsim.devices.RecordingJobContext;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A characterization's device runs on the kernel an llg job of the same spec would take and relaxes by the spec's
 * method. Found on 2026-12-03: device jobs always took the general kernel and damped relaxation, so the seed 002
 * chamber (one material, three regions with their own drives) stepped 2.5-3.6x slower than its llg job and spent
 * 59 s in a 200 ps rk45 relaxation that minimization does in ~3 s.
 */
class DeviceSimulationTest {

    private final SpecReader reader = new SpecReader();

    private JsonNode chamber() throws IOException {
        JsonNode request = SpecReader.mapper().readTree(
                Files.readString(Path.of("..", "examples", "devices", "seed002-simulated-chamber-llg.json")));
        return request.get("spec");
    }

    private DeviceSimulation device(JsonNode spec) {
        SynapseCharacterizationSpec s = reader.read(spec, SynapseCharacterizationSpec.class, "spec");
        return new DeviceSimulation(s.run(0, 0, s.variation().draws(1).get(0)), new RecordingJobContext());
    }

    @Test
    void oneMaterialFilmWithDrivesPerRegionTakesTheRegionFilmKernelAndMinimizes() throws IOException {
        try (DeviceSimulation d = device(chamber())) {
            assertThat(d.backend()).startsWith("opencl").contains("kernel: RegionFilmKernel32");
            // minimization integrates no time (Relaxer.Result.time_s is 0 for it) and ends below the spec's 0.01 T
            assertThat(d.relaxed().time_s()).isZero();
            assertThat(d.relaxed().converged()).isTrue();
            assertThat(d.relaxed().torque()).isLessThanOrEqualTo(0.01);
        }
    }

    @Test
    void dampedRelaxationAndRk45TakeTheGeneralKernel() throws IOException {
        JsonNode spec = chamber();
        ObjectNode device = (ObjectNode) spec.get("device");
        ((ObjectNode) device.get("relax")).put("method", "damped").put("max_time_s", 2e-12);
        try (DeviceSimulation d = device(spec)) {
            assertThat(d.backend()).contains("kernel: LlgKernel32");
            assertThat(d.relaxed().time_s()).isGreaterThan(0);
        }
    }
}
