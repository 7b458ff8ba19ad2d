package io.spinsim.neural.hw;

import io.spinsim.neural.crossbar.CrossbarVmm;
import io.spinsim.neural.crossbar.Gaussian;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final List<CrossbarVmm> sums = new ArrayList<>();
    private final double[] siemensPerWeight;
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
        siemensPerWeight = new double[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            MappedLayer l = layers.get(i);
            siemensPerWeight[i] = l.mapping().siemensPerWeight();
            currents.add(vmm(l, l.effectiveWeights(), openCl));
            if (conditions.readNoise() > 0) {
                variances.add(vmm(l, l.squaredWeights(), openCl));
            }
            if (conditions.read() != null) {
                sums.add(vmm(l, l.summedWeights(), openCl));
            }
        }
        this.biases = biases;
        this.conditions = conditions;
        inputScale = new float[layers.size()];
        outputScale = new float[layers.size()];
    }

    private static CrossbarVmm vmm(MappedLayer l, float[] matrix, boolean openCl) {
        int rows = l.conductances().rows();
        int cols = l.conductances().cols();
        return openCl ? CrossbarVmm.best(rows, cols, matrix) : CrossbarVmm.onJava(rows, cols, matrix);
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
        if (inputScale[l] == 0) {
            inputScale[l] = Math.max(max(v), 0f);
        }
        float scale = inputScale[l] > 0 ? inputScale[l] : 1f;
        if (conditions.dacBits() > 0) {
            Converters.dac(v, conditions.dacBits(), scale);
        }
        float[] y = currents.get(l).multiply(v, batch);
        if (conditions.adcBits() > 0 && outputScale[l] == 0) {
            outputScale[l] = maxAbs(y);
        }
        if (conditions.noisy()) {
            float[] var = variance(l, v, batch, scale);
            for (int i = 0; i < y.length; i++) {
                y[i] += (float) (Math.sqrt(var[i]) * Gaussian.next(readRandom));
            }
        }
        if (conditions.adcBits() > 0 && outputScale[l] > 0) {
            Converters.adc(y, conditions.adcBits(), outputScale[l]);
        }
        float[] b = biases.get(l);
        for (int i = 0; i < y.length; i++) {
            y[i] += b[i % b.length];
        }
        return y;
    }

    /** Variance of each output, as {@link CrossbarSynapses}: read noise, thermal and shot noise. */
    private float[] variance(int l, float[] v, int batch, float scale) {
        float[] var = new float[batch * currents.get(l).rows()];
        if (conditions.readNoise() > 0) {
            float[] v2 = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                v2[i] = v[i] * v[i];
            }
            float[] s = variances.get(l).multiply(v2, batch);
            double r2 = conditions.readNoise() * conditions.readNoise();
            for (int i = 0; i < var.length; i++) {
                var[i] += (float) (r2 * s[i]);
            }
        }
        ReadCircuit read = conditions.read();
        if (read != null) {
            double a = read.voltageV() / scale;
            float[] ones = new float[v.length];
            Arrays.fill(ones, 1f);
            float[] thermal = sums.get(l).multiply(ones, batch);
            float[] shot = sums.get(l).multiply(v, batch);
            double ct = read.thermalCoefficient(siemensPerWeight[l], a);
            double cs = read.shotCoefficient(siemensPerWeight[l], a);
            for (int i = 0; i < var.length; i++) {
                var[i] += (float) (ct * thermal[i] + cs * shot[i]);
            }
        }
        return var;
    }

    /** True when every current sum ran through the kernel on an OpenCL device. */
    public boolean ranOnOpenCl() {
        return currents.stream().allMatch(CrossbarVmm::ranOnOpenCl)
                && variances.stream().allMatch(CrossbarVmm::ranOnOpenCl)
                && sums.stream().allMatch(CrossbarVmm::ranOnOpenCl);
    }

    @Override
    public void close() {
        currents.forEach(CrossbarVmm::close);
        variances.forEach(CrossbarVmm::close);
        sums.forEach(CrossbarVmm::close);
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
