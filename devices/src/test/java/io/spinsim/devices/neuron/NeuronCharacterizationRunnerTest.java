package io.spinsim.devices.neuron;

import io.spinsim.devices.RecordingJobContext;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Worker;
import io.spinsim.jobs.device.NeuronCharacterizationSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunners;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NeuronCharacterizationRunnerTest {

    private final SpecReader reader = new SpecReader();

    private NeuronCharacterizationSpec spec(String json) {
        return reader.read(SpecReader.mapper().readTree(json), NeuronCharacterizationSpec.class, "spec");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> periods(JobOutcome outcome) {
        return (List<Map<String, Object>>) ((Map<String, Object>) outcome.summary()).get("periods");
    }

    @Test
    void solverServiceFindsTheRunner() {
        assertThat(JobRunners.forWorker(Worker.SOLVER)).containsKey(JobTypes.NEURON_CHARACTERIZATION.name());
    }

    @Test
    void seed003NeuronReachesThresholdAsFig6AndFiresFasterWithMoreCurrent() {
        JobOutcome outcome = new NeuronCharacterizationRunner().run(spec("{}"), new RecordingJobContext());
        List<Map<String, Object>> periods = periods(outcome);
        // 2 ns period (500 MHz): +0.0839 per period, threshold 0.75 inside the 9th pulse at 16.84 ns (paper ~16 ns);
        // 3 ns period (333 MHz): +0.0739 per period, inside the 10th pulse at 27.90 ns (paper ~27 ns);
        // tolerance two time steps of 10 ps
        assertThat((double) periods.get(1).get("first_spike_s")).isCloseTo(16.84e-9, within(0.02e-9));
        assertThat((double) periods.get(3).get("first_spike_s")).isCloseTo(27.90e-9, within(0.02e-9));
        assertThat(periods).allSatisfy(p -> assertThat(p.get("rate_grows_with_current")).isEqualTo(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) outcome.summary();
        assertThat((double) summary.get("fitted_gamma_m2_per_A_s")).isCloseTo(1.039e-3, within(1e-7));
        assertThat((double) summary.get("fitted_leak_rate_per_s")).isCloseTo(-1e7, within(1e3));
        // m = 0.75 -> R = 200 + 400 (1 + 0.75)/2 = 550 Ohm -> V = 550/(550 + 575) * 0.138 V = 67.47 mV
        assertThat((double) summary.get("threshold_output_V")).isCloseTo(0.06747, within(1e-5));
        assertThat(outcome.artifacts()).extracting(Artifact::name).containsExactly("traces.csv", "spike_rate.csv");
    }

    @Test
    void periodShorterThanThePulseIsRejectedNamingIt() {
        assertThatThrownBy(() -> spec("{\"periods_s\": [2e-9, 0.5e-9]}"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("spec.periods_s[1]")));
    }

    @Test
    void tooManyStepsAreRejectedNamingTheDuration() {
        assertThatThrownBy(() -> spec("{\"duration_s\": 1e-3, \"dw_lif\": {\"dt_s\": 1e-13}}"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("spec.duration_s")));
    }
}
