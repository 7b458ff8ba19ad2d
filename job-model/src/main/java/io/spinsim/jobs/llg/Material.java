package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * Magnetic parameters of the film, SI units as named.
 *
 * @param ms_A_per_m      saturation magnetization Ms
 * @param a_J_per_m       exchange stiffness A
 * @param ku_J_per_m3     first-order uniaxial anisotropy constant Ku (default 0)
 * @param anisotropy_axis easy axis (normalized on use; default +z)
 * @param alpha           Gilbert damping
 * @param dmi_J_per_m2    interfacial DMI constant D (default 0)
 */
public record Material(
        @NotNull @InRange(min = 1, max = 1e7, unit = "A/m") Double ms_A_per_m,
        @NotNull @InRange(min = 0, max = 1e-9, unit = "J/m") Double a_J_per_m,
        @InRange(min = -1e8, max = 1e8, unit = "J/m^3") Double ku_J_per_m3,
        Vec3 anisotropy_axis,
        @NotNull @InRange(min = 0, max = 10) Double alpha,
        @InRange(min = -0.1, max = 0.1, unit = "J/m^2") Double dmi_J_per_m2) {

    public Material {
        ku_J_per_m3 = ku_J_per_m3 == null ? 0.0 : ku_J_per_m3;
        anisotropy_axis = anisotropy_axis == null ? Vec3.Z : anisotropy_axis;
        dmi_J_per_m2 = dmi_J_per_m2 == null ? 0.0 : dmi_J_per_m2;
    }
}
