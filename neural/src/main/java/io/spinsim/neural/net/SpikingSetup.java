package io.spinsim.neural.net;

/**
 * How a spiking network runs: its device neuron, input coding, time steps, and the initial weight gain in units of
 * the neuron's threshold input ({@link SpikingNeuron#thresholdInput()}).
 *
 * @param neuron     device neuron of every layer
 * @param encoding   how images enter the first layer
 * @param steps      time steps per image
 * @param weightGain initial weights U(-b, b), b = weightGain sqrt(3 / fan-in), in threshold-input units
 */
public record SpikingSetup(SpikingNeuron neuron, SpikeEncoding encoding, int steps, double weightGain) {
}
