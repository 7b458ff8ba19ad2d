package io.spinsim.devices.characterization;

import io.spinsim.devices.RecordingJobContext;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Worker;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.llg.Current;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunners;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A real LLG-driven characterization on a small grid: a 200 x 40 nm bilayer (seed 001 Table I, 2 x 2 x 1 nm cells,
 * local thin-film demag) with three skyrmions, CPP spin torque pulses of 2e11 A/m^2 (0.4 ns every 0.5 ns) that move
 * the skyrmion pairs straight along x at ~80 m/s, detector over the right half of the top layer. About 40 s.
 */
class SynapseCharacterizationRunnerTest {

    private final SpecReader reader = new SpecReader();

    private JsonNode smallSynapse() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/three-skyrmion-bilayer-synapse.json")) {
            return SpecReader.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private SynapseCharacterizationSpec spec(JsonNode json) {
        return reader.read(json, SynapseCharacterizationSpec.class, "spec");
    }

    @Test
    void solverServiceFindsTheRunner() {
        assertThat(JobRunners.forWorker(Worker.SOLVER)).containsKey(JobTypes.SYNAPSE_CHARACTERIZATION.name());
    }

    @Test
    void skyrmionsDrivenIntoAndOutOfTheDetectorGiveDiscreteMonotonicLevels() throws IOException {
        JobOutcome outcome = new SynapseCharacterizationRunner().run(spec(smallSynapse()), new RecordingJobContext());
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) outcome.summary();
        assertThat((int) summary.get("distinct_states")).isGreaterThanOrEqualTo(3);
        assertThat(summary.get("levels_monotonic_in_skyrmions")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<Integer> seen = (List<Integer>) summary.get("skyrmion_counts_seen");
        assertThat(seen.subList(0, 3)).containsExactly(0, 1, 2);

        List<String[]> reads = Arrays.stream(csv(outcome, "pulses.csv").split("\n")).skip(1)
                .map(l -> l.split(",")).toList();
        for (int i = 1; i < reads.size(); i++) {
            int before = Integer.parseInt(reads.get(i - 1)[3]);
            int after = Integer.parseInt(reads.get(i)[3]);
            // LTP pulses only bring skyrmions in, LTD pulses only take them out
            if (reads.get(i)[0].equals("LTP")) {
                assertThat(after).isGreaterThanOrEqualTo(before);
            } else {
                assertThat(after).isLessThanOrEqualTo(before);
            }
            // each skyrmion carries |Q| = 1; physics' detector sums the lattice charge over the core and part of
            // the wall, so a few % of the tail may be left out or a neighbour's tail taken in: 5% per skyrmion
            assertThat(Math.abs(Double.parseDouble(reads.get(i)[4]))).isCloseTo(after, within(0.05 * after));
        }
        assertThat(reads.get(reads.size() - 1)[3]).isEqualTo("0");

        Artifact json = outcome.artifacts().stream().filter(a -> a.name().equals("device-profile.json")).findFirst()
                .orElseThrow();
        DeviceProfile profile = reader.read(SpecReader.mapper().readTree(json.content()), DeviceProfile.class, "p");
        assertThat(profile.levels()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(profile.update_curves().ltp().g_S()).hasSize(4);
        assertThat(profile.update_cost().energy_per_update_J()).isPositive();
    }

    @Test
    void deviceWithoutWriteCurrentIsRejectedNamingIt() throws IOException {
        ObjectNode json = (ObjectNode) smallSynapse();
        ((ObjectNode) json.get("device")).remove("currents");
        assertThatThrownBy(() -> spec(json)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field())
                        .isEqualTo("spec.device.currents")));
    }

    @Test
    void detectorOutsideTheMeshIsRejected() throws IOException {
        ObjectNode json = (ObjectNode) smallSynapse();
        ((ObjectNode) json.get("readout").get("detector")).put("x_max_m", 300e-9);
        assertThatThrownBy(() -> spec(json)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field())
                        .isEqualTo("spec.readout.detector")));
    }

    @Test
    void injectorsKeepTheirOwnProfileAndAreNotReversed() throws IOException {
        ObjectNode json = (ObjectNode) smallSynapse();
        json.set("injectors", SpecReader.mapper().readTree("""
                [{"kind": "stt_cpp", "j_A_per_m2": 5e14, "p": [0, 0, -1], "layers": [1],
                  "shape": {"kind": "disk", "center_m": [2e-8, 2e-8], "radius_m": 4e-9},
                  "profile": {"start_s": 0, "width_s": 2e-11, "period_s": 2e-9, "count": 2}}]"""));
        SynapseCharacterizationSpec spec = spec(json);
        int writes = spec.device().currents().size();
        List<Current> run = spec.pulsedDevice().currents();
        assertThat(run).hasSize(2 * writes + 1);
        Current injector = run.get(run.size() - 1);
        assertThat(injector.j_A_per_m2()).isEqualTo(5e14);
        assertThat(injector.profile().width_s()).isEqualTo(2e-11);
        assertThat(injector.profile().period_s()).isEqualTo(2e-9);
        assertThat(run.get(0).profile().width_s()).isEqualTo(spec.protocol().pulse_width_s());
        assertThat(run.get(1).j_A_per_m2()).isEqualTo(-spec.device().currents().get(0).j_A_per_m2());
    }

    @Test
    void injectorOnAnUnknownRegionIsRejectedAtItsPath() throws IOException {
        ObjectNode json = (ObjectNode) smallSynapse();
        json.set("injectors", SpecReader.mapper().readTree("""
                [{"kind": "stt_cpp", "j_A_per_m2": 5e14, "p": [0, 0, -1], "region": "nowhere"}]"""));
        assertThatThrownBy(() -> spec(json)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.field())
                        .isEqualTo("spec.injectors[0].region")));
    }

    private static String csv(JobOutcome outcome, String name) {
        return new String(outcome.artifacts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()
                .content(), StandardCharsets.UTF_8);
    }
}
