package io.spinsim.neural.hw;

import io.spinsim.neural.crossbar.ConductanceLevels;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Column read noise at given read conditions against Johnson-Nyquist and Schottky: a column of devices read over a
 * pulse t has current variance (4 k_B T sum G + 2 q sum G V) / (2 t).
 */
class ReadCircuitTest {

    private static final ConductanceLevels LEVELS = ConductanceLevels.ideal(16, 1e-5, 1e-4);
    private static final int READS = 20000;

    @Test
    void idleColumnShowsJohnsonNyquistNoiseOfAllItsDevices() {
        // 8 pairs, all at G_max on the positive side and G_min on the negative: sum G = 8 (1e-4 + 1e-5) S
        double t = 1e-9;
        double kelvin = 300;
        double measured = columnStd(new ReadCircuit(0.1, t, kelvin), 0f);
        double expected = Math.sqrt(4 * 1.380649e-23 * kelvin * 8 * 1.1e-4 / (2 * t));
        // the sample standard deviation of 20000 Gaussian reads is within 5 / sqrt(2 * 20000) = 2.5% (5 sigma)
        assertThat(measured).isCloseTo(expected, within(0.025 * expected));
    }

    @Test
    void drivenColumnAtZeroTemperatureShowsShotNoiseOfItsCurrent() {
        double t = 1e-9;
        double volts = 0.1;
        double measured = columnStd(new ReadCircuit(volts, t, 0), 1f);
        double expected = Math.sqrt(2 * 1.602176634e-19 * 8 * 1.1e-4 * volts / (2 * t));
        assertThat(measured).isCloseTo(expected, within(0.025 * expected));
    }

    @Test
    void longerReadPulseAveragesTheNoiseDown() {
        // noise current scales as 1 / sqrt(t): a 100x longer pulse gives a 10x smaller standard deviation
        double shortPulse = columnStd(new ReadCircuit(0.1, 1e-9, 300), 0.5f);
        double longPulse = columnStd(new ReadCircuit(0.1, 1e-7, 300), 0.5f);
        assertThat(shortPulse / longPulse).isCloseTo(10, within(0.5));
    }

    /** Standard deviation (A) of the column current of 8 full-scale weights read READS times at input x. */
    private static double columnStd(ReadCircuit read, float x) {
        float[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        CrossbarConditions c = new CrossbarConditions(false, 0, 0, 0, 0, 0, 0, read);
        MappedLayer layer = CrossbarMapper.map(w, 1, 8, 1f, LEVELS, c, new SplittableRandom(1));
        float[] input = new float[READS * 8];
        input[0] = 1f; // the first vector calibrates the input full scale: input 1 drives the read voltage
        for (int i = 8; i < input.length; i++) {
            input[i] = x;
        }
        float[] y;
        try (DenseCrossbarInference inference = new DenseCrossbarInference(List.of(layer), List.of(new float[1]), c,
                false)) {
            y = inference.logits(input, READS, new SplittableRandom(2));
        }
        double mean = 0;
        for (int i = 1; i < READS; i++) {
            mean += y[i];
        }
        mean /= READS - 1;
        double var = 0;
        for (int i = 1; i < READS; i++) {
            var += (y[i] - mean) * (y[i] - mean);
        }
        double stdWeights = Math.sqrt(var / (READS - 2));
        // back to amperes: I = k a y with k = window / scale (scale 1) and a = read voltage per unit input
        return stdWeights * layer.mapping().siemensPerWeight() * read.voltageV();
    }
}
