package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import io.spinsim.neural.hw.WeightLevels;

/**
 * Weighted sums with the network's own weights: as trained (float), or moved to the device's levels with a
 * straight-through gradient (hardware-aware / quantization-aware training and its software evaluation).
 */
public final class SoftwareSynapses implements Synapses {

    private final Network network;
    private final WeightLevels levels;
    private final float clipSigma;
    private final boolean straightThrough;

    private SoftwareSynapses(Network network, WeightLevels levels, float clipSigma, boolean straightThrough) {
        this.network = network;
        this.levels = levels;
        this.clipSigma = clipSigma;
        this.straightThrough = straightThrough;
    }

    public static SoftwareSynapses floating(Network network) {
        return new SoftwareSynapses(network, null, 0, false);
    }

    /** Weights on the device's levels; gradients pass straight through when {@code training}. */
    public static SoftwareSynapses quantized(Network network, WeightLevels levels, float clipSigma, boolean training) {
        return new SoftwareSynapses(network, levels, clipSigma, training);
    }

    @Override
    public NDArray multiply(int index, NDArray x) {
        return network.layers().get(index).apply(x, weight(index));
    }

    /** The weight this view presents for layer i. */
    public NDArray weight(int index) {
        NDArray w = network.weight(index);
        return levels == null ? w : levels.quantize(w, WeightLevels.scale(w, clipSigma), straightThrough);
    }
}
