package io.spinsim.devices.compact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SkyrmionLifNeuronTest {

    private final SkyrmionLifNeuron neuron = new SkyrmionLifNeuron(2e-10, 10, 2e-9, 25e-9, 50e-9, 150e-9);

    @Test
    void oneStepIntegratesNuJDtAndLeaksEtaDt() {
        // 2e-10 m/s per A/m^2 * 3e11 A/m^2 * 2 ns = 120 nm; 10 m/s * 2 ns = 20 nm: 50 + 120 - 20 = 150 nm -> fires
        double x = neuron.step(50e-9, 3e11);
        assertThat(x).isCloseTo(150e-9, within(1e-15));
        assertThat(neuron.fires(x)).isTrue();
    }

    @Test
    void leakAloneStopsAtRest() {
        double x = 50e-9;
        for (int n = 0; n < 10; n++) {
            x = neuron.step(x, 0);
        }
        assertThat(x).isEqualTo(25e-9);
    }
}
