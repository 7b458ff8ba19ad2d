package io.spinsim.devices.compact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DomainWallLifNeuronTest {

    private final DomainWallLifNeuron neuron = DomainWallLifNeuron.SEED_003;

    @Test
    void constantCurrentReachesThresholdAfterThresholdOverIntegrationRate() {
        // dm/dt = 1.549 m^2 - 1e7 + 1.039e-3 * 1e11 = 9.39e7 (+ < 1 from m^2): 0.75 / 9.39e7 = 7.987 ns
        LifTrace trace = neuron.run(new CurrentWaveform(1e11, 1e-9, 1e-9), 10e-9);
        assertThat(trace.spikesS()).hasSize(1);
        assertThat(trace.spikesS()[0]).isCloseTo(7.987e-9, within(0.02e-9));
    }

    @Test
    void fiveHundredMegahertzTrainFiresAfterAbout17Nanoseconds() {
        // per 2 ns period: +9.39e7 * 1 ns - 1e7 * 1 ns = +0.0839; after 8 periods (16 ns) m = 0.6712, the 9th pulse
        // needs (0.75 - 0.6712)/9.39e7 = 0.839 ns: first spike at 16.84 ns (seed 003 Fig. 6: threshold in ~16 ns)
        LifTrace trace = neuron.run(new CurrentWaveform(1e11, 1e-9, 2e-9), 20e-9);
        assertThat(trace.spikesS()[0]).isCloseTo(16.84e-9, within(0.02e-9));
    }

    @Test
    void spikeRateGrowsWithCurrentAboveTheFiringThreshold() {
        // firing needs gamma J * 1 ns > 1e7 * 2 ns, J > 1.925e10 A/m^2 (seed 003 Fig. 7b, e: rate grows with J)
        double below = neuron.run(new CurrentWaveform(1.8e10, 1e-9, 2e-9), 200e-9).spikeRateHz();
        double low = neuron.run(new CurrentWaveform(4e10, 1e-9, 2e-9), 200e-9).spikeRateHz();
        double mid = neuron.run(new CurrentWaveform(7e10, 1e-9, 2e-9), 200e-9).spikeRateHz();
        double high = neuron.run(new CurrentWaveform(1e11, 1e-9, 2e-9), 200e-9).spikeRateHz();
        assertThat(below).isZero();
        assertThat(low).isPositive().isLessThan(mid);
        assertThat(mid).isLessThan(high);
    }

    @Test
    void leakStopsAtRest() {
        // one leak step is beta dt = -1e7 * 1e-11 = -1e-4: from 1e-5 it would overshoot to -9e-5, and stops at 0
        assertThat(neuron.step(0.001, 0)).isCloseTo(0.0009, within(1e-12));
        assertThat(neuron.step(1e-5, 0)).isEqualTo(0);
    }

    @Test
    void fittedRatesRecoverTheModelCoefficients() {
        // before the first spike m < 0.75, so 1.549 m^2 < 0.9 1/s is 1e-8 of the rates: tolerance 1e-4 relative
        CurrentWaveform drive = new CurrentWaveform(1e11, 1e-9, 2e-9);
        LifTrace trace = neuron.run(drive, 15e-9);
        LifRateFit fit = LifRateFit.fit(trace.timesS(), trace.state(), drive);
        assertThat(fit.integrateRatePerS()).isCloseTo(9.39e7, within(9.39e3));
        assertThat(fit.leakRatePerS()).isCloseTo(-1e7, within(1e3));
        assertThat(fit.nuBarPerAPerM2S()).isCloseTo(1.039e-3, within(1.039e-7));
    }
}
