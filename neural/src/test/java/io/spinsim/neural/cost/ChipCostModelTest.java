package io.spinsim.neural.cost;

import io.spinsim.jobs.nn.CostSpec;
import io.spinsim.jobs.nn.SynapseTechnology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChipCostModelTest {

    private static CostSpec spec(List<Integer> layers) {
        return new CostSpec(layers, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void seed002PerceptronTilesOnto179Subarrays() {
        // 784 x 200 on 32 x 32: 25 x 7 = 175; 100 x 20: 4 x 1 = 4
        ChipCost c = ChipCostModel.estimate(spec(List.of(784, 100, 10)), SynapseTechnology.skyrmionSeed002());
        assertThat(c.subarrays()).isEqualTo(179);
        assertThat(c.cells()).isEqualTo(784L * 200 + 100L * 20);
    }

    @Test
    void arrayEnergyOfOneSubarrayFollowsVSquaredGt() {
        // one 32 x 32 layer (32 inputs, 16 outputs): 8 cycles x 16 driven rows x 32 cells x V^2 G_avg t
        SynapseTechnology t = SynapseTechnology.rramSeed002();
        ChipCost c = ChipCostModel.estimate(spec(List.of(32, 16)), t);
        double gAvg = 0.5 * (1 / 10e3 + 1 / 100e3);
        assertThat(c.array_read_energy_J()).isCloseTo(8 * 16 * 32 * 0.01 * gAvg * 1e-9, within(1e-20));
        // 8 cycles x 32 columns x 1 pJ
        assertThat(c.adc_energy_J()).isCloseTo(8 * 32 * 1e-12, within(1e-20));
        // cells: 32 x 32 x 5F x 23F at F = 32 nm
        assertThat(c.array_area_um2()).isCloseTo(1024 * 5 * 23 * 0.032 * 0.032, within(1e-9));
    }

    @Test
    void skyrmionWritePulseCostsOrdersOfMagnitudeLessThanRram() {
        // seed 002: 30 mV for 0.05 ns against 1.8 V for 1 ns
        CostSpec s = spec(null);
        double sky = ChipCostModel.estimate(s, SynapseTechnology.skyrmionSeed002()).write_energy_per_pulse_J();
        double rram = ChipCostModel.estimate(s, SynapseTechnology.rramSeed002()).write_energy_per_pulse_J();
        assertThat(rram / sky).isGreaterThan(1e4);
    }
}
