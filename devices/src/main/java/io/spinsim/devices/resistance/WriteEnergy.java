package io.spinsim.devices.resistance;

/**
 * Joule energy of driving skyrmions with a current through the heavy-metal layer (seed 001 eq.6):
 * E = rho_HM L_HM A_HM J^2 t.
 *
 * @param rhoOhmM      heavy-metal resistivity (seed 001: 100 uOhm cm = 1e-6 Ohm m)
 * @param lengthM      heavy-metal length along the current
 * @param crossAreaM2  heavy-metal cross-section normal to the current
 */
public record WriteEnergy(double rhoOhmM, double lengthM, double crossAreaM2) {

    public double energyJ(double currentDensityAPerM2, double durationS) {
        return rhoOhmM * lengthM * crossAreaM2 * currentDensityAPerM2 * currentDensityAPerM2 * durationS; // seed 001 eq.6
    }
}
