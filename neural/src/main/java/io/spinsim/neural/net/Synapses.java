package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;

/**
 * Where a network's weighted sums are computed: in software (float or quantized weights) or on a crossbar model
 * with its non-idealities. Networks call this for every synaptic layer and add biases and activations themselves.
 */
public interface Synapses {

    /** Weighted sum of layer {@code index} for input x. */
    NDArray multiply(int index, NDArray x);
}
