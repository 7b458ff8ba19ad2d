package io.spinsim.neural.torch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ParametersTest {

    /** d/dw sum(c w) = c: one backward pass per batch, as the training loops run them. */
    private static void backward(Parameters p, NDArray w, float c) {
        try (NDManager m = p.manager().newSubManager()) {
            p.lendTo(m);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(w.mul(Tensors.scalar(m, c)).sum());
            }
        }
    }

    @Test
    void aBatchGradientHoldsOnlyThatBatchOnceZeroed() {
        try (NDManager manager = Torch.newManager()) {
            Parameters p = new Parameters(manager);
            NDArray w = p.weight("w", new Shape(3), 3, 1, new SplittableRandom(1));
            backward(p, w, 3f);
            p.zeroGradients();
            backward(p, w, 5f);
            // without zeroing PyTorch would hold 3 + 5 = 8 (the in-situ trainer applies the gradient itself)
            assertThat(w.getGradient().toFloatArray()).containsExactly(5f, 5f, 5f);
        }
    }

    @Test
    void adamStepMovesEachWeightAgainstItsGradientByTheStepSize() {
        try (NDManager manager = Torch.newManager()) {
            Parameters p = new Parameters(manager);
            NDArray w = p.zeros("w", new Shape(2));
            p.useAdam(0.01f, false, 10);
            p.zeroGradients();
            try (NDManager m = manager.newSubManager()) {
                p.lendTo(m);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    gc.backward(w.mul(m.create(new float[]{2f, -0.5f})).sum());
                }
            }
            p.step();
            // Adam's first step is lr * g / |g| (bias-corrected moments, Kingma and Ba 2015), to within its epsilon
            float[] v = w.toFloatArray();
            assertThat(v[0]).isCloseTo(-0.01f, org.assertj.core.data.Offset.offset(1e-6f));
            assertThat(v[1]).isCloseTo(0.01f, org.assertj.core.data.Offset.offset(1e-6f));
        }
    }
}
