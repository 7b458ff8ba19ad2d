package io.spinsim.neural.hw;

import io.spinsim.neural.crossbar.CrossbarVmm;
import io.spinsim.neural.crossbar.Gaussian;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fully connected ReLU network read from programmed crossbars with the Aparapi kernel (or its Java twin): the
 * same read path as {@link CrossbarSynapses} (DAC, I = G V, read noise, ADC, digital bias) on plain arrays, for
 * dense networks outside the tensor engine and for the inference benchmark. Full scales are calibrated on the first
 * batch, as there.
 */
public final class DenseCrossbarInference implements AutoCloseable {

    private final List<CrossbarVmm> currents = new ArrayList<>();
    private final List<CrossbarVmm> variances = new ArrayList<>();
    private final List<float[]> biases;
    private final CrossbarConditions conditions;
    private final float[] inputScale;
    private final float[] outputScale;

    /**
     * @param layers layers as programmed, input layer first
     * @param biases bias of each layer (digital)
     * @param openCl run the current sums through the Aparapi kernel on the OpenCL device when there is one
     */
    public DenseCrossbarInference(List<MappedLayer> layers, List<float[]> biases, CrossbarConditions conditions,
                                  boolean openCl) {
        for (MappedLayer l : layers) {
            int rows = l.conductances().rows();
            int cols = l.conductances().cols();
            currents.add(openCl ? CrossbarVmm.best(rows, cols, l.effectiveWeights())
                    : CrossbarVmm.onJava(rows, cols, l.effectiveWeights()));
            if (conditions.readNoise() > 0) {
                variances.add(openCl ? CrossbarVmm.best(rows, cols, l.squaredWeights())
                        : CrossbarVmm.onJava(rows, cols, l.squaredWeights()));
            }
        }
        this.biases = biases;
        this.conditions = conditions;
        inputScale = new float[layers.size()];
        outputScale = new float[layers.size()];
    }

    /** Class scores of {@code batch} inputs laid one after another. */
    public float[] logits(float[] input, int batch, SplittableRandom readRandom) {
        float[] h = input;
        for (int l = 0; l < currents.size(); l++) {
            h = layer(l, h, batch, readRandom);
            if (l + 1 < currents.size()) {
                for (int i = 0; i < h.length; i++) {
                    h[i] = Math.max(h[i], 0f);
                }
            }
        }
        return h;
    }

    private float[] layer(int l, float[] x, int batch, SplittableRandom readRandom) {
        float[] v = x.clone();
        if (conditions.dacBits() > 0) {
            if (inputScale[l] == 0) {
                inputScale[l] = Math.max(max(v), 1e-12f);
            }
            Converters.dac(v, conditions.dacBits(), inputScale[l]);
        }
        float[] y = currents.get(l).multiply(v, batch);
        if (conditions.adcBits() > 0 && outputScale[l] == 0) {
            outputScale[l] = Math.max(maxAbs(y), 1e-12f);
        }
        if (conditions.readNoise() > 0) {
            float[] v2 = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                v2[i] = v[i] * v[i];
            }
            float[] var = variances.get(l).multiply(v2, batch);
            for (int i = 0; i < y.length; i++) {
                y[i] += (float) (conditions.readNoise() * Math.sqrt(var[i]) * Gaussian.next(readRandom));
            }
        }
        if (conditions.adcBits() > 0) {
            Converters.adc(y, conditions.adcBits(), outputScale[l]);
        }
        float[] b = biases.get(l);
        for (int i = 0; i < y.length; i++) {
            y[i] += b[i % b.length];
        }
        return y;
    }

    /** True when every current sum ran through the kernel on an OpenCL device. */
    public boolean ranOnOpenCl() {
        return currents.stream().allMatch(CrossbarVmm::ranOnOpenCl)
                && variances.stream().allMatch(CrossbarVmm::ranOnOpenCl);
    }

    @Override
    public void close() {
        currents.forEach(CrossbarVmm::close);
        variances.forEach(CrossbarVmm::close);
    }

    private static float max(float[] a) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static float maxAbs(float[] a) {
        float m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
