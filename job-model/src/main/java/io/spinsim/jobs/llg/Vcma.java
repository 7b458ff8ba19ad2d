package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * Voltage-controlled magnetic anisotropy, K(V) = K(0) - xi E / t_FL (seed 000 eq.11).
 *
 * @param xi_J_per_V_m    VCMA coefficient xi (seed 000: 130 fJ/(V m) = 1.3e-13)
 * @param e_field_V_per_m electric field across the oxide E
 * @param t_fl_m          free-layer thickness t_FL (default: the cell thickness dz_m)
 */
public record Vcma(
        @NotNull @InRange(min = -1e-10, max = 1e-10, unit = "J/(V m)") Double xi_J_per_V_m,
        @NotNull @InRange(min = -1e10, max = 1e10, unit = "V/m") Double e_field_V_per_m,
        @InRange(min = 1e-11, max = 1e-6, unit = "m") Double t_fl_m) {
}
