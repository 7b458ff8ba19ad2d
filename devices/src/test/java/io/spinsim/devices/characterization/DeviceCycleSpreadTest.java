package io.spinsim.devices.characterization;

import io.spinsim.devices.RecordingJobContext;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Device-to-device and cycle-to-cycle spread from repeated LLG runs: a one-skyrmion 80 x 40 nm bilayer (seed 001
 * Table I, 2 x 2 x 1 nm cells), 2 devices x 2 cycles of one LTP and one LTD pulse, MTJ read-out over the right half.
 * Devices differ by their Ku and D draws (3%), cycles by their thermal seed (300 K). About 15 s per case.
 */
class DeviceCycleSpreadTest {

    private final SpecReader reader = new SpecReader();

    private ObjectNode tinySynapse() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/one-skyrmion-bilayer-variation.json")) {
            return (ObjectNode) SpecReader.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(JsonNode json) {
        JobOutcome outcome = new SynapseCharacterizationRunner()
                .run(reader.read(json, SynapseCharacterizationSpec.class, "spec"), new RecordingJobContext());
        return (Map<String, Object>) outcome.summary();
    }

    @Test
    void thermalNoiseSpreadsCyclesAndKuDmiDispersionSpreadsDevices() throws IOException {
        Map<String, Object> s = run(tinySynapse());
        assertThat(s.get("devices")).isEqualTo(2);
        assertThat(s.get("cycles")).isEqualTo(2);
        @SuppressWarnings("unchecked")
        List<Double> ku = (List<Double>) s.get("device_ku_factors");
        assertThat(ku).hasSize(2).allSatisfy(f -> assertThat(f).isCloseTo(1, within(0.15))); // 5 sigma of 3%
        assertThat((double) s.get("sigma_c2c_mean_S")).isPositive();
        assertThat((double) s.get("sigma_d2d_mean_S")).isPositive();
    }

    @Test
    void withoutVariationAndAtZeroTemperatureEveryDeviceAndCycleReadsTheSame() throws IOException {
        ObjectNode json = tinySynapse();
        ((ObjectNode) json.get("device").get("thermal")).put("temperature_K", 0.0);
        ((ObjectNode) json.get("variation")).put("ku_rel_sigma", 0.0).put("dmi_rel_sigma", 0.0);
        Map<String, Object> s = run(json);
        double g = (double) s.get("g_max_S");
        // identical deterministic runs: the spreads are zero up to fp rounding of the means
        assertThat((double) s.get("sigma_c2c_mean_S")).isCloseTo(0, within(1e-9 * g));
        assertThat((double) s.get("sigma_d2d_mean_S")).isCloseTo(0, within(1e-9 * g));
    }

    @Test
    void analysisOfVarianceSeparatesDeviceOffsetsFromCycleNoise() {
        // level 0 read once per cycle: device A cycles 1.0 and 1.2 S, device B 2.0 and 2.2 S.
        // s_c2c^2 = (4 x 0.1^2) / (4 - 2) = 0.02; s_d2d^2 = var(1.1, 2.1) - 0.02 / 2 = 0.5 - 0.01 = 0.49
        List<List<List<PulseSample>>> traces = List.of(
                List.of(List.of(read(1.0)), List.of(read(1.2))),
                List.of(List.of(read(2.0)), List.of(read(2.2))));
        MeasuredLevel level = LevelStatistics.levelsOfCycles(traces).get(0);
        assertThat(level.meanS()).isCloseTo(1.6, within(1e-12));
        assertThat(level.sigmaC2cS()).isCloseTo(Math.sqrt(0.02), within(1e-12));
        assertThat(level.sigmaD2dS()).isCloseTo(0.7, within(1e-12));
        assertThat(level.reads()).isEqualTo(4);
    }

    private static PulseSample read(double g) {
        return new PulseSample(PulseSample.Phase.LTP, 0, 0, 0, 0, g);
    }
}
