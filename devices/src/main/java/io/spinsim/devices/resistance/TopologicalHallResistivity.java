package io.spinsim.devices.resistance;

/**
 * Topological Hall resistivity of the skyrmions in an active region: a fixed contribution per skyrmion (seed 000
 * "Synaptic" section: +22 nOhm cm; seed 002 Fig. 2b: -8.1 nOhm cm potentiation, -8.9 nOhm cm depression), so the
 * signal counts |Q|, the number of unit-charge skyrmions.
 *
 * @param rhoPerSkyrmionOhmM signed resistivity change per skyrmion
 */
public record TopologicalHallResistivity(double rhoPerSkyrmionOhmM) {

    /** Planck constant over elementary charge, the flux quantum h/e in Wb. */
    public static final double FLUX_QUANTUM_WB = 6.62607015e-34 / 1.602176634e-19;

    /** Per-skyrmion resistivity from rho_xy^T = P R_0 |h/e| / A (seed 000, topological Hall equations). */
    public static TopologicalHallResistivity fromHallCoefficient(double polarization, double ordinaryHallOhmMPerT,
                                                                 double crossAreaM2) {
        return new TopologicalHallResistivity(polarization * ordinaryHallOhmMPerT * FLUX_QUANTUM_WB / crossAreaM2);
    }

    /** Resistivity change of a region holding skyrmions of total topological charge q. */
    public double rhoOhmM(double topologicalCharge) {
        return rhoPerSkyrmionOhmM * Math.abs(topologicalCharge);
    }
}
