package io.spinsim.devices.compact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DomainWallLifVoltageTest {

    private final DomainWallLifVoltage neuron = new DomainWallLifVoltage(-1.549, -1e7, 1.039e-3, 1e-9, 2.0, 1e-13);

    @Test
    void constantCurrentSaturatesAtTheFixedPointOfEq6() {
        // (alpha + gamma J)/(alpha beta) = (-1.549 + 1.039e8)/1.549e7 = 6.707553 -> V* = 2.589894
        assertThat(neuron.saturationV(1e11)).isCloseTo(2.589894, within(1e-6));
        double v = 0;
        for (int n = 0; n < 100_000; n++) {
            v = neuron.step(v, 1e11);
        }
        assertThat(v).isCloseTo(2.589894, within(1e-6));
    }

    @Test
    void withoutCurrentVoltageLeaksAsOneOverTime() {
        // dV/dt = -V^2/tau (the -1e-7/tau term is 1e-7 of it): V(t) = V0/(1 + V0 t/tau) = 0.5 after t = tau for
        // V0 = 1; explicit Euler with dt = 1e-4 tau is good to ~1e-4
        double v = 1;
        for (int n = 0; n < 10_000; n++) {
            v = neuron.step(v, 0);
        }
        assertThat(v).isCloseTo(0.5, within(2e-4));
    }
}
