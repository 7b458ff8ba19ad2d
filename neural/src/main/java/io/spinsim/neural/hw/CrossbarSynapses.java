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
 * faulty, IR-dropped) conductances, read noise, then the ADC. The DAC and ADC full scales are set from the first
 * batch a layer sees (max input, max |noise-free output|) and kept, as a one-time calibration of the periphery.
 * Read noise: each device's conductance fluctuates by readNoise G per read, independently, so the output current
 * has standard deviation readNoise sqrt(sum_j (G+^2 + G-^2) V_j^2), drawn once per output (sum of Gaussians).
 */
public final class CrossbarSynapses implements Synapses, AutoCloseable {

    private final List<Layer> layers;
    private final CrossbarConditions conditions;
    private final NDArray[] weights;
    private final NDArray[] squares;
    private final float[] inputScale;
    private final float[] outputScale;
    private final SplittableRandom readRandom;

    public CrossbarSynapses(NDManager manager, List<Layer> layers, List<MappedLayer> mapped,
                            CrossbarConditions conditions, SplittableRandom readRandom) {
        this.layers = layers;
        this.conditions = conditions;
        this.readRandom = readRandom;
        weights = new NDArray[layers.size()];
        squares = new NDArray[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            weights[i] = Tensors.floats(manager, mapped.get(i).effectiveWeights(), layers.get(i).weightShape());
            if (conditions.readNoise() > 0) {
                squares[i] = Tensors.floats(manager, mapped.get(i).squaredWeights(), layers.get(i).weightShape());
            }
        }
        inputScale = new float[layers.size()];
        outputScale = new float[layers.size()];
    }

    @Override
    public NDArray multiply(int index, NDArray x) {
        Layer layer = layers.get(index);
        NDArray v = x;
        if (conditions.dacBits() > 0) {
            if (inputScale[index] == 0) {
                inputScale[index] = Math.max(x.max().getFloat(), 1e-12f);
            }
            v = Converters.dac(x, conditions.dacBits(), inputScale[index]);
        }
        NDArray y = layer.apply(v, weights[index]);
        if (conditions.adcBits() > 0 && outputScale[index] == 0) {
            outputScale[index] = Math.max(y.abs().max().getFloat(), 1e-12f);
        }
        if (conditions.readNoise() > 0) {
            NDArray sigma = layer.apply(v.square(), squares[index]).sqrt()
                    .mul(Tensors.scalar(v.getManager(), (float) conditions.readNoise()));
            y = y.add(sigma.mul(standardNormal(y)));
        }
        return conditions.adcBits() > 0 ? Converters.adc(y, conditions.adcBits(), outputScale[index]) : y;
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
        for (NDArray a : weights) {
            a.close();
        }
        for (NDArray a : squares) {
            if (a != null) {
                a.close();
            }
        }
    }
}
