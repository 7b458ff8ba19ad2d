package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Heavy-metal write line whose Joule heat is the update energy (seed 001 eq.6, E = rho L A J^2 t).
 *
 * @param resistivity_ohm_m heavy-metal resistivity (seed 001: 100 uOhm cm = 1e-6 Ohm m)
 * @param length_m          length along the current (default: the mesh length nx dx)
 * @param width_m           width (default: the mesh width ny dy)
 * @param thickness_m       thickness (default 1 nm, which with seed 001's 1000 x 50 nm track gives its 54 fJ)
 */
public record WriteEnergyModel(
        @InRange(min = 1e-10, max = 1, unit = "Ohm m") Double resistivity_ohm_m,
        @InRange(min = 1e-10, max = 1, unit = "m") Double length_m,
        @InRange(min = 1e-10, max = 1, unit = "m") Double width_m,
        @InRange(min = 1e-11, max = 1e-3, unit = "m") Double thickness_m) {

    public WriteEnergyModel {
        resistivity_ohm_m = resistivity_ohm_m == null ? 1e-6 : resistivity_ohm_m;
        thickness_m = thickness_m == null ? 1e-9 : thickness_m;
    }
}
