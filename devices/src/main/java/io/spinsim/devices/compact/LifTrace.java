package io.spinsim.devices.compact;

/**
 * Membrane state of a LIF neuron against time and the spikes it fired.
 *
 * @param timesS    sample times
 * @param state     membrane state at each time (m, position or voltage)
 * @param spikesS   spike times
 * @param durationS simulated time
 */
public record LifTrace(double[] timesS, double[] state, double[] spikesS, double durationS) {

    public double spikeRateHz() {
        return spikesS.length / durationS;
    }
}
