package io.spinsim.neural.hw;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.crossbar.DifferentialPairMapping;
import io.spinsim.neural.torch.Torch;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeightLevelsTest {

    @Test
    void quantizationInTrainingMatchesTheCrossbarMappingOfUnevenLevels() {
        // uneven levels (as a measured profile): the software quantizer must pick the same pair as the mapping
        ConductanceLevels levels = new ConductanceLevels("uneven", new double[]{1e-5, 1.5e-5, 3e-5, 3.2e-5, 6e-5},
                new double[5], new double[5]);
        SplittableRandom r = new SplittableRandom(3);
        float[] w = new float[400];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (1.4 * (2 * r.nextDouble() - 1));
        }
        float scale = 1.2f;
        DifferentialPairMapping mapping = DifferentialPairMapping.map(w, 20, 20, levels, scale);
        try (NDManager m = Torch.newManager()) {
            float[] q = new WeightLevels(levels).quantize(m.create(w), scale, false).toFloatArray();
            for (int i = 0; i < w.length; i++) {
                assertThat((double) q[i]).isCloseTo(mapping.quantizedWeight(i / 20, i % 20), within(1e-6));
            }
        }
    }

    @Test
    void straightThroughEstimatorPassesTheGradientUnchanged() {
        WeightLevels levels = new WeightLevels(ConductanceLevels.ideal(8, 1e-6, 1e-4));
        try (NDManager m = Torch.newManager()) {
            NDArray w = m.create(new float[]{0.1f, -0.37f, 0.8f});
            w.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray q = levels.quantize(w, 1f, true);
                // forward: nearest of k/7: 0.1 -> 1/7, -0.37 -> -3/7, 0.8 -> 6/7
                assertThat(q.toFloatArray()).containsExactly(new float[]{1 / 7f, -3 / 7f, 6 / 7f}, within(1e-6f));
                gc.backward(q.mul(m.create(new float[]{1f, 2f, 3f})).sum());
            }
            assertThat(w.getGradient().toFloatArray()).containsExactly(1f, 2f, 3f);
        }
    }
}
