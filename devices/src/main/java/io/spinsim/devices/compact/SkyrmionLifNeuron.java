package io.spinsim.devices.compact;

/**
 * Skyrmion leaky integrate-and-fire neuron of seed 001 (eq.7): the skyrmion position is the membrane potential,
 * x(t+1) = x(t) + nu sum_j w_ij i_j(t) - eta, with nu = nuBar dt and eta = etaBar dt (the paper's first-order
 * Taylor form). The leak stops at rest, where the edge repulsion balances the anisotropy gradient (x = 25 nm in
 * seed 001 Fig. 3b); reaching the detector fires and resets to the start.
 *
 * @param nuBarMPerSPerAPerM2 skyrmion velocity per unit current density, fitted from an integrate LLG run
 * @param etaBarMPerS         leak velocity, fitted from a gradient-only LLG run
 * @param dtS                 network time step (seed 001: 2 ns)
 * @param restM               position the leak stops at
 * @param startM              position after a reset (seed 001: 50 nm)
 * @param detectorM           firing position (seed 001: 150 nm)
 */
public record SkyrmionLifNeuron(double nuBarMPerSPerAPerM2, double etaBarMPerS, double dtS, double restM,
                                double startM, double detectorM) {

    /** Position after one step under the weighted input current density sum_j w_ij i_j. */
    public double step(double xM, double weightedInputAPerM2) {
        double next = xM + nuBarMPerSPerAPerM2 * dtS * weightedInputAPerM2 - etaBarMPerS * dtS; // seed 001 eq.7
        return Math.max(next, restM);
    }

    public boolean fires(double xM) {
        return xM >= detectorM;
    }
}
