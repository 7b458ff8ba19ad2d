package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Skyrmion synapse read through the topological Hall resistivity of its active region (seeds 000 and 002): each
 * skyrmion adds a fixed rho_xy; the Hall signal is mapped linearly onto the read window [1/R_off, 1/R_on], as seed
 * 002 maps its measured levels onto its 2T1R cell.
 *
 * @param skyrmions                 N; k = 0..N skyrmions in the active region give N + 1 levels (15: 16 states)
 * @param rho_per_skyrmion_ohm_m    topological Hall resistivity of one skyrmion, signed (seed 000: +22 nOhm cm)
 * @param r_on_ohm                  resistance of the most conductive level (seed 002 chip table: 3 kOhm)
 * @param r_off_ohm                 resistance of the least conductive level (seed 002 chip table: 9 kOhm)
 */
public record TopologicalHallModel(
        @InRange(min = 1, max = 4095) Integer skyrmions,
        @InRange(min = -1e-5, max = 1e-5, unit = "Ohm m") Double rho_per_skyrmion_ohm_m,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_on_ohm,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_off_ohm) {

    /** 1 nOhm cm in Ohm m. */
    public static final double NANO_OHM_CM = 1e-11;

    public TopologicalHallModel {
        skyrmions = skyrmions == null ? 15 : skyrmions;
        rho_per_skyrmion_ohm_m = rho_per_skyrmion_ohm_m == null ? 22 * NANO_OHM_CM : rho_per_skyrmion_ohm_m;
        r_on_ohm = r_on_ohm == null ? 3000.0 : r_on_ohm;
        r_off_ohm = r_off_ohm == null ? 9000.0 : r_off_ohm;
    }
}
