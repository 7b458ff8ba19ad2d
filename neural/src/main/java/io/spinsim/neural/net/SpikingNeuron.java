package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;

/** Membrane dynamics of a device neuron over one network time step. */
public interface SpikingNeuron {

    /** Membrane after one step with synaptic input I (weighted presynaptic spikes, weight units). */
    NDArray integrate(NDArray membrane, NDArray input);

    /** Membrane value at which the device fires. */
    float threshold();

    /**
     * Synaptic input (weight units) that carries the membrane from rest to threshold in one step, leak left out:
     * the neuron's natural weight scale, which sets the initial weights.
     */
    float thresholdInput();

    String describe();
}
