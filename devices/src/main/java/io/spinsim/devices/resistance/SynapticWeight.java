package io.spinsim.devices.resistance;

/** Normalized synaptic weight of a conductance inside the device window (seed 001 eq.5). */
public final class SynapticWeight {

    private SynapticWeight() {
    }

    public static double of(double gS, double gMinS, double gMaxS) {
        return (gS - gMinS) / (gMaxS - gMinS); // seed 001 eq.5
    }
}
