package io.spinsim.devices.characterization;

/**
 * State of a synapse read after a programming pulse.
 *
 * @param phase             LTP (potentiating pulses) or LTD (reversed pulses)
 * @param pulse             pulses applied so far in this phase (0: the state the phase starts from)
 * @param timeS             simulated time of the read
 * @param skyrmions         skyrmions counted in the active (detector) region
 * @param topologicalCharge Q of the active region (seed 000 eq.1)
 * @param conductanceS      read-out conductance
 */
public record PulseSample(Phase phase, int pulse, double timeS, int skyrmions, double topologicalCharge,
                          double conductanceS) {

    public enum Phase { LTP, LTD }
}
