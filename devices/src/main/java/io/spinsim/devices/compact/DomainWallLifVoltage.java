package io.spinsim.devices.compact;

/**
 * Voltage form of the seed 003 domain-wall LIF neuron (eq.5-6), read through the MTJ:
 * V(t+1) = V(t) + (dt/tau) [-V^2 + (alpha + gamma J)/(alpha beta)]; V > V_th fires and resets V to 0. Under a
 * constant J, V saturates at sqrt((alpha + gamma J)/(alpha beta)); without current it leaks as dV/dt = -V^2/tau.
 *
 * @param alpha      alpha_D of eq.4
 * @param beta       beta_D of eq.4
 * @param gamma      gamma_D of eq.4
 * @param tauS       time constant tau (not given in seed 003)
 * @param thresholdV V_th
 * @param dtS        time step
 */
public record DomainWallLifVoltage(double alpha, double beta, double gamma, double tauS, double thresholdV,
                                   double dtS) {

    public double step(double v, double jAPerM2) {
        double dv = dtS / tauS * (-v * v + (alpha + gamma * jAPerM2) / (alpha * beta)); // seed 003 eq.6
        return Math.max(v + dv, 0);
    }

    /** Level V approaches under a constant current density j (eq.6 with dV = 0). */
    public double saturationV(double jAPerM2) {
        return Math.sqrt(Math.max(0, (alpha + gamma * jAPerM2) / (alpha * beta)));
    }
}
