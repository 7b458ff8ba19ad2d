package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Magnetic parameters of the film or of one layer, SI units as named.
 *
 * @param ms_A_per_m      saturation magnetization Ms
 * @param a_J_per_m       exchange stiffness A
 * @param ku_J_per_m3     first-order uniaxial anisotropy constant Ku (default 0); at the gradient origin if graded
 * @param anisotropy_axis easy axis (normalized on use; default +z)
 * @param alpha           Gilbert damping
 * @param dmi_J_per_m2    interfacial DMI constant D (default 0)
 * @param dku_dx_J_per_m4 linear anisotropy gradient along x (seed 001: Ku(x) = Kc + x dKu, 1.538e9; default 0)
 * @param dku_dy_J_per_m4 linear anisotropy gradient along y (default 0)
 * @param ku_origin_m     point where Ku = ku_J_per_m3 (default [0, 0], the grid's lower-left corner)
 * @param vcma            voltage-controlled anisotropy shift (default none)
 */
public record Material(
        @NotNull @InRange(min = 1, max = 1e7, unit = "A/m") Double ms_A_per_m,
        @NotNull @InRange(min = 0, max = 1e-9, unit = "J/m") Double a_J_per_m,
        @InRange(min = -1e8, max = 1e8, unit = "J/m^3") Double ku_J_per_m3,
        Vec3 anisotropy_axis,
        @NotNull @InRange(min = 0, max = 10) Double alpha,
        @InRange(min = -0.1, max = 0.1, unit = "J/m^2") Double dmi_J_per_m2,
        @InRange(min = -1e18, max = 1e18, unit = "J/m^4") Double dku_dx_J_per_m4,
        @InRange(min = -1e18, max = 1e18, unit = "J/m^4") Double dku_dy_J_per_m4,
        Vec2 ku_origin_m,
        @Valid Vcma vcma) {

    public Material {
        ku_J_per_m3 = ku_J_per_m3 == null ? 0.0 : ku_J_per_m3;
        anisotropy_axis = anisotropy_axis == null ? Vec3.Z : anisotropy_axis;
        dmi_J_per_m2 = dmi_J_per_m2 == null ? 0.0 : dmi_J_per_m2;
        dku_dx_J_per_m4 = dku_dx_J_per_m4 == null ? 0.0 : dku_dx_J_per_m4;
        dku_dy_J_per_m4 = dku_dy_J_per_m4 == null ? 0.0 : dku_dy_J_per_m4;
        ku_origin_m = ku_origin_m == null ? new Vec2(0, 0) : ku_origin_m;
    }

    /** A material without gradient or VCMA. */
    public static Material of(double ms, double a, double ku, double alpha, double dmi) {
        return new Material(ms, a, ku, null, alpha, dmi, null, null, null, null);
    }

    /** This material with the values a region overrides. */
    public Material with(RegionMaterial r) {
        if (r == null) {
            return this;
        }
        return new Material(or(r.ms_A_per_m(), ms_A_per_m), or(r.a_J_per_m(), a_J_per_m),
                or(r.ku_J_per_m3(), ku_J_per_m3), or(r.anisotropy_axis(), anisotropy_axis), or(r.alpha(), alpha),
                or(r.dmi_J_per_m2(), dmi_J_per_m2), or(r.dku_dx_J_per_m4(), dku_dx_J_per_m4),
                or(r.dku_dy_J_per_m4(), dku_dy_J_per_m4), ku_origin_m, or(r.vcma(), vcma));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
