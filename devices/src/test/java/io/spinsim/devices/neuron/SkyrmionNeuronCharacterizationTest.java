package io.spinsim.devices.neuron;

import io.spinsim.devices.RecordingJobContext;
import io.spinsim.devices.compact.SkyrmionLifNeuron;
import io.spinsim.jobs.device.NeuronCharacterizationSpec;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.validation.InvalidSpecException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The skyrmion LIF neuron on the LLG engine, small: a 120 x 40 nm bilayer (seed 001 Table I, 2 x 2 x 1 nm cells)
 * with an anisotropy gradient of 3 GJ/m^4 in the bottom layer, driven by 2e11 A/m^2 CPP spin torque for 0.5 ns and
 * left to leak for 2 ns. About 30 s.
 */
class SkyrmionNeuronCharacterizationTest {

    private final SpecReader reader = new SpecReader();

    private JsonNode smallNeuron() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/small-skyrmion-neuron.json")) {
            return SpecReader.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void bilayerSkyrmionIntegratesStraightAndLeaksBack() throws IOException {
        NeuronCharacterizationSpec spec = reader.read(smallNeuron(), NeuronCharacterizationSpec.class, "spec");
        JobOutcome outcome = new NeuronCharacterizationRunner().run(spec, new RecordingJobContext());
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) outcome.summary();
        assertThat(s.get("skyrmion_survived")).isEqualTo(true);
        // the antiferromagnetically coupled pair feels opposite Magnus forces: no transverse drift beyond a cell
        // fraction (seed 001 Fig. 5d, bilayer)
        assertThat((double) s.get("max_transverse_drift_m")).isLessThan(0.5e-9);
        assertThat((double) s.get("integrate_velocity_m_per_s")).isPositive();
        assertThat((double) s.get("leak_velocity_m_per_s")).isNegative();
        assertThat((double) s.get("nu_bar_m_per_s_per_A_per_m2")).isPositive();
        @SuppressWarnings("unchecked")
        List<Double> rates = (List<Double>) s.get("eq7_spike_rate_by_current_Hz");
        for (int i = 1; i < rates.size(); i++) {
            assertThat(rates.get(i)).isGreaterThanOrEqualTo(rates.get(i - 1));
        }
        assertThat(rates.get(rates.size() - 1)).isPositive();
    }

    @Test
    void eq7SpikeRateIsOneSpikePerStepsToCrossTheGap() {
        // nuBar J dt = 2e-10 * 1e11 * 2 ns = 40 nm per step, no leak: 50 -> 90 -> 130 -> 170 >= 150 nm fires on the
        // 3rd step, so one spike per 3 steps of 2 ns: 1/(6 ns) = 1.667e8 Hz over 60 ns (10 spikes)
        SkyrmionLifNeuron model = new SkyrmionLifNeuron(2e-10, 0, 2e-9, 25e-9, 50e-9, 150e-9);
        assertThat(SkyrmionNeuronCharacterization.spikeRateHz(model, 1e11, 60e-9)).isCloseTo(10 / 60e-9,
                within(1.0));
    }

    @Test
    void neuronWithoutSkyrmionIsRejectedNamingTheSeeds() throws IOException {
        ObjectNode json = (ObjectNode) smallNeuron();
        ((ObjectNode) json.get("skyrmion_llg").get("device").get("initial")).remove("skyrmions");
        assertThatThrownBy(() -> reader.read(json, NeuronCharacterizationSpec.class, "spec"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.violations()).anySatisfy(
                        v -> assertThat(v.field()).isEqualTo("spec.skyrmion_llg.device.initial.skyrmions")));
    }
}
