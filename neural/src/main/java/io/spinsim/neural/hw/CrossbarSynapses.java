package io.spinsim.neural.hw;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.spinsim.neural.crossbar.Gaussian;
import io.spinsim.neural.net.Layer;
import io.spinsim.neural.net.Synapses;
import io.spinsim.neural.torch.Tensors;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Weighted sums read from programmed crossbars: inputs through the DAC, I = G V with the programmed (varied,
 * faulty, IR-dropped) conductances, read noise, then the ADC. The input full scale (the input that drives the read
 * voltage) and the ADC full scale are set from the first batch a layer sees (max input, max |noise-free output|)
 * and kept, as a one-time calibration of the periphery. Read noise, all independent Gaussians summed exactly per
 * output: each device's conductance fluctuates by readNoise G per read (variance readNoise^2 sum_j (G+^2 + G-^2)
 * V_j^2), and with read conditions each device adds thermal and shot noise ({@link ReadCircuit}).
 */
public final class CrossbarSynapses implements Synapses, AutoCloseable {

    private final List<Layer> layers;
    private final CrossbarConditions conditions;
    private final NDArray[] weights;
    private final NDArray[] squares;
    private final NDArray[] sums;
    private final double[] siemensPerWeight;
    private final float[] inputScale;
    private final float[] outputScale;
    private final SplittableRandom readRandom;

    public CrossbarSynapses(NDManager manager, List<Layer> layers, List<MappedLayer> mapped,
                            CrossbarConditions conditions, SplittableRandom readRandom) {
        this.layers = layers;
        this.conditions = conditions;
        this.readRandom = readRandom;
        int n = layers.size();
        weights = new NDArray[n];
        squares = new NDArray[n];
        sums = new NDArray[n];
        siemensPerWeight = new double[n];
        for (int i = 0; i < n; i++) {
            MappedLayer l = mapped.get(i);
            weights[i] = Tensors.floats(manager, l.effectiveWeights(), layers.get(i).weightShape());
            siemensPerWeight[i] = l.mapping().siemensPerWeight();
            if (conditions.readNoise() > 0) {
                squares[i] = Tensors.floats(manager, l.squaredWeights(), layers.get(i).weightShape());
            }
            if (conditions.read() != null) {
                sums[i] = Tensors.floats(manager, l.summedWeights(), layers.get(i).weightShape());
            }
        }
        inputScale = new float[n];
        outputScale = new float[n];
    }

    @Override
    public NDArray multiply(int index, NDArray x) {
        Layer layer = layers.get(index);
        if (inputScale[index] == 0) {
            // the first input that is not all zero sets the scale (a spiking layer may see no spikes at first)
            inputScale[index] = Math.max(x.max().getFloat(), 0f);
        }
        float scale = inputScale[index] > 0 ? inputScale[index] : 1f;
        NDArray v = conditions.dacBits() > 0 ? Converters.dac(x, conditions.dacBits(), scale) : x;
        NDArray y = layer.apply(v, weights[index]);
        if (conditions.adcBits() > 0 && outputScale[index] == 0) {
            outputScale[index] = y.abs().max().getFloat();
        }
        if (conditions.noisy()) {
            y = y.add(variance(index, layer, v, scale).sqrt().mul(standardNormal(y)));
        }
        return conditions.adcBits() > 0 && outputScale[index] > 0
                ? Converters.adc(y, conditions.adcBits(), outputScale[index]) : y;
    }

    /** Variance of each output from read noise and thermal and shot noise, in weight units squared. */
    private NDArray variance(int index, Layer layer, NDArray v, float scale) {
        NDManager m = v.getManager();
        NDArray variance = null;
        if (conditions.readNoise() > 0) {
            float r = (float) conditions.readNoise();
            variance = layer.apply(v.square(), squares[index]).mul(Tensors.scalar(m, r * r));
        }
        ReadCircuit read = conditions.read();
        if (read != null) {
            double a = read.voltageV() / scale;
            NDArray thermal = layer.apply(v.onesLike(), sums[index])
                    .mul(Tensors.scalar(m, (float) read.thermalCoefficient(siemensPerWeight[index], a)));
            NDArray shot = layer.apply(v, sums[index])
                    .mul(Tensors.scalar(m, (float) read.shotCoefficient(siemensPerWeight[index], a)));
            NDArray circuit = thermal.add(shot);
            variance = variance == null ? circuit : variance.add(circuit);
        }
        return variance;
    }

    private NDArray standardNormal(NDArray like) {
        float[] z = new float[Math.toIntExact(like.size())];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) Gaussian.next(readRandom);
        }
        return Tensors.floats(like.getManager(), z, like.getShape());
    }

    @Override
    public void close() {
        for (NDArray[] group : new NDArray[][]{weights, squares, sums}) {
            for (NDArray a : group) {
                if (a != null) {
                    a.close();
                }
            }
        }
    }
}
