package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;

/**
 * Material values that differ inside a region; every omitted value is the layer's (same names and units as
 * {@link Material}).
 */
public record RegionMaterial(
        @InRange(min = 1, max = 1e7, unit = "A/m") Double ms_A_per_m,
        @InRange(min = 0, max = 1e-9, unit = "J/m") Double a_J_per_m,
        @InRange(min = -1e8, max = 1e8, unit = "J/m^3") Double ku_J_per_m3,
        Vec3 anisotropy_axis,
        @InRange(min = 0, max = 10) Double alpha,
        @InRange(min = -0.1, max = 0.1, unit = "J/m^2") Double dmi_J_per_m2,
        @InRange(min = -1e18, max = 1e18, unit = "J/m^4") Double dku_dx_J_per_m4,
        @InRange(min = -1e18, max = 1e18, unit = "J/m^4") Double dku_dy_J_per_m4,
        @Valid Vcma vcma) {
}
