package io.spinsim.neural.hw;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.net.Dense;
import io.spinsim.neural.net.Layer;
import io.spinsim.neural.torch.Torch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrossbarMapperTest {

    private static final ConductanceLevels LEVELS = ConductanceLevels.ideal(16, 1e-5, 1e-4);

    @Test
    void devicesStuckAtGminOnBothSidesEncodeZeroWeights() {
        float[] w = {0.5f, -1f, 0.25f, 1f};
        CrossbarConditions allStuck = new CrossbarConditions(false, 0, 0, 0, 1.0, 0, 0);
        MappedLayer l = CrossbarMapper.map(w, 2, 2, 1f, LEVELS, allStuck, new SplittableRandom(1));
        assertThat(l.effectiveWeights()).containsOnly(0f);
    }

    @Test
    void stuckFractionMatchesTheRequestedProbability() {
        int n = 200 * 200;
        float[] w = new float[n];
        CrossbarConditions c = new CrossbarConditions(false, 0, 0, 0, 0, 0.1, 0);
        MappedLayer l = CrossbarMapper.map(w, 200, 200, 1f, LEVELS, c, new SplittableRandom(2));
        long high = 0;
        for (float g : l.conductances().gPosS()) {
            high += g == (float) LEVELS.gMaxS() ? 1 : 0;
        }
        // binomial(40000, 0.1): standard deviation 60 devices, tolerance 5 sigma
        assertThat((double) high).isCloseTo(4000, within(300.0));
    }

    @Test
    void lineResistanceAttenuatesFarCellsAsASeriesResistor() {
        float[] w = {1f, 1f, 1f, 1f};
        CrossbarConditions c = new CrossbarConditions(false, 0, 0, 0, 0, 0, 100);
        MappedLayer l = CrossbarMapper.map(w, 2, 2, 1f, LEVELS, c, new SplittableRandom(1));
        // cell (row 1, input 0): R_s = 100 (1 + 1 + 2 - 0) = 400 Ohm; G / (1 + G R_s) with G = 1e-4 S
        assertThat((double) l.conductances().gPosS()[2]).isCloseTo(1e-4 / (1 + 1e-4 * 400), within(1e-12));
    }

    @Test
    void tensorReadPathAndAparapiReadPathGiveTheSameLogits() {
        // the two implementations of DAC -> I = G V -> ADC must agree (no read noise: deterministic)
        SplittableRandom r = new SplittableRandom(4);
        float[] w1 = random(r, 30 * 20);
        float[] w2 = random(r, 5 * 30);
        CrossbarConditions c = new CrossbarConditions(true, 0, 6, 6, 0, 0, 0);
        List<MappedLayer> chip = List.of(CrossbarMapper.map(w1, 30, 20, 1f, LEVELS, c, r.split()),
                CrossbarMapper.map(w2, 5, 30, 1f, LEVELS, c, r.split()));
        float[] x = new float[8 * 20];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextDouble();
        }
        List<float[]> zeroBias = List.of(new float[30], new float[5]);
        float[] aparapi;
        try (DenseCrossbarInference d = new DenseCrossbarInference(chip, zeroBias, c, true)) {
            aparapi = d.logits(x, 8, null);
            assertThat(d.ranOnOpenCl()).isTrue();
        }
        List<Layer> layers = List.of(new Dense("a", 20, 30), new Dense("b", 30, 5));
        try (NDManager m = Torch.newManager();
             CrossbarSynapses s = new CrossbarSynapses(m, layers, chip, c, null)) {
            NDArray h = ai.djl.nn.Activation.relu(s.multiply(0, m.create(x, new ai.djl.ndarray.types.Shape(8, 20))));
            float[] tensor = s.multiply(1, h).toFloatArray();
            // same quantization codes; fp32 sums in a different order can move a value across an ADC code
            // boundary only when it lies within rounding of it: compare to one ADC step (full scale / 31)
            float step = max(tensor) / 31;
            for (int i = 0; i < tensor.length; i++) {
                assertThat(aparapi[i]).isCloseTo(tensor[i], within(step + 1e-6f));
            }
        }
    }

    private static float max(float[] a) {
        float m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static float[] random(SplittableRandom r, int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (2 * r.nextDouble() - 1);
        }
        return w;
    }
}
