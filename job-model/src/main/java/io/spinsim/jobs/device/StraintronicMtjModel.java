package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Straintronic MTJ of seed 004 (eq.1-2): an elliptical magnetostrictive soft layer on a piezoelectric, whose
 * conductance follows the gate voltage linearly. Every default is the seed 004 Fig. 5 parameter set.
 *
 * @param ms_A_per_m        saturation magnetization of the soft layer (8.5e5)
 * @param hd_A_per_m        dipole coupling field |H_d| from the hard layer (1000 Oe = 79577.47 A/m)
 * @param lambda_s          saturation magnetostriction (600 ppm)
 * @param young_modulus_Pa  Young's modulus of the soft layer (120 GPa)
 * @param d33_C_per_N       piezoelectric coefficient d33 (1.5e-9 C/N)
 * @param piezo_thickness_m thickness t of the piezoelectric layer (1 um)
 * @param major_axis_m      soft-layer major axis (800 nm)
 * @param minor_axis_m      soft-layer minor axis (700 nm)
 * @param thickness_m       soft-layer thickness (2.2 nm)
 * @param r_ap_ohm          antiparallel resistance (2 kOhm)
 * @param r_p_ohm           parallel resistance (1 kOhm)
 * @param levels            conductance levels sampled evenly in gate voltage over the linear range (16)
 */
public record StraintronicMtjModel(
        @InRange(min = 1, max = 1e7, unit = "A/m") Double ms_A_per_m,
        @InRange(min = 1e-3, max = 1e8, unit = "A/m") Double hd_A_per_m,
        @InRange(min = 1e-7, max = 0.1) Double lambda_s,
        @InRange(min = 1e6, max = 1e13, unit = "Pa") Double young_modulus_Pa,
        @InRange(min = 1e-14, max = 1e-6, unit = "C/N") Double d33_C_per_N,
        @InRange(min = 1e-9, max = 1e-2, unit = "m") Double piezo_thickness_m,
        @InRange(min = 1e-9, max = 1e-3, unit = "m") Double major_axis_m,
        @InRange(min = 1e-9, max = 1e-3, unit = "m") Double minor_axis_m,
        @InRange(min = 1e-10, max = 1e-5, unit = "m") Double thickness_m,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_ap_ohm,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_p_ohm,
        @InRange(min = 2, max = 4096) Integer levels) {

    /** 1 Oe = 1000 / (4 pi) A/m. */
    public static final double OERSTED_A_PER_M = 1e3 / (4 * Math.PI);

    public StraintronicMtjModel {
        ms_A_per_m = ms_A_per_m == null ? 8.5e5 : ms_A_per_m;
        hd_A_per_m = hd_A_per_m == null ? 1000 * OERSTED_A_PER_M : hd_A_per_m;
        lambda_s = lambda_s == null ? 600e-6 : lambda_s;
        young_modulus_Pa = young_modulus_Pa == null ? 120e9 : young_modulus_Pa;
        d33_C_per_N = d33_C_per_N == null ? 1.5e-9 : d33_C_per_N;
        piezo_thickness_m = piezo_thickness_m == null ? 1e-6 : piezo_thickness_m;
        major_axis_m = major_axis_m == null ? 800e-9 : major_axis_m;
        minor_axis_m = minor_axis_m == null ? 700e-9 : minor_axis_m;
        thickness_m = thickness_m == null ? 2.2e-9 : thickness_m;
        r_ap_ohm = r_ap_ohm == null ? 2000.0 : r_ap_ohm;
        r_p_ohm = r_p_ohm == null ? 1000.0 : r_p_ohm;
        levels = levels == null ? 16 : levels;
    }

    /** The seed 004 Fig. 5 device. */
    public static StraintronicMtjModel fig5() {
        return new StraintronicMtjModel(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
