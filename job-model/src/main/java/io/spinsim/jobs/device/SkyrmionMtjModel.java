package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Skyrmion synapse of seed 001 read by an MTJ detector over the right half of the top layer (eq.4-5): k = 0..N
 * skyrmions under the detector give N + 1 levels. Defaults are seed 001 Table I and Sec. III B.
 *
 * @param skyrmions          N, skyrmions that can be moved under the detector (7)
 * @param detector_length_m  detector length along the track (500 nm: the right half of the 1000 nm synapse)
 * @param detector_width_m   track width (50 nm)
 * @param cell_size_m        in-plane cell size of the map eq.4 is summed over (2 nm, as in the paper)
 * @param polarization       spin polarization P (0.4)
 * @param ra_parallel_ohm_m2 resistance-area product of a parallel cell, G0 = cell area / RA (10 Ohm um^2: seed
 *                           001 gives none; a typical MgO barrier)
 * @param ms_A_per_m         Ms of the free layer, for the skyrmion size (580 kA/m)
 * @param a_J_per_m          exchange stiffness A (15 pJ/m)
 * @param ku_J_per_m3        uniaxial anisotropy Ku (0.8 MJ/m^3)
 * @param dmi_J_per_m2       interfacial DMI D (3 mJ/m^2)
 * @param skyrmion_radius_m  skyrmion radius (default: the isolated-skyrmion radius of the material,
 *                           {@link IsolatedSkyrmionSize}; 6.6 nm for Table I)
 * @param wall_width_m       skyrmion wall width (default: from the material likewise; 4.0 nm for Table I)
 */
public record SkyrmionMtjModel(
        @InRange(min = 1, max = 4095) Integer skyrmions,
        @InRange(min = 1e-9, max = 1e-4, unit = "m") Double detector_length_m,
        @InRange(min = 1e-9, max = 1e-4, unit = "m") Double detector_width_m,
        @InRange(min = 1e-10, max = 1e-7, unit = "m") Double cell_size_m,
        @InRange(min = 0, max = 1) Double polarization,
        @InRange(min = 1e-16, max = 1e-3, unit = "Ohm m^2") Double ra_parallel_ohm_m2,
        @InRange(min = 1, max = 1e7, unit = "A/m") Double ms_A_per_m,
        @InRange(min = 1e-14, max = 1e-9, unit = "J/m") Double a_J_per_m,
        @InRange(min = 0, max = 1e8, unit = "J/m^3") Double ku_J_per_m3,
        @InRange(min = 0, max = 0.1, unit = "J/m^2") Double dmi_J_per_m2,
        @InRange(min = 1e-10, max = 1e-5, unit = "m") Double skyrmion_radius_m,
        @InRange(min = 1e-11, max = 1e-6, unit = "m") Double wall_width_m) {

    /** Largest detector map, in cells. */
    public static final long MAX_CELLS = 1L << 24;

    public SkyrmionMtjModel {
        skyrmions = skyrmions == null ? 7 : skyrmions;
        detector_length_m = detector_length_m == null ? 500e-9 : detector_length_m;
        detector_width_m = detector_width_m == null ? 50e-9 : detector_width_m;
        cell_size_m = cell_size_m == null ? 2e-9 : cell_size_m;
        polarization = polarization == null ? 0.4 : polarization;
        ra_parallel_ohm_m2 = ra_parallel_ohm_m2 == null ? 1e-11 : ra_parallel_ohm_m2;
        ms_A_per_m = ms_A_per_m == null ? 580e3 : ms_A_per_m;
        a_J_per_m = a_J_per_m == null ? 15e-12 : a_J_per_m;
        ku_J_per_m3 = ku_J_per_m3 == null ? 0.8e6 : ku_J_per_m3;
        dmi_J_per_m2 = dmi_J_per_m2 == null ? 3e-3 : dmi_J_per_m2;
        var size = IsolatedSkyrmionSize.of(ms_A_per_m, a_J_per_m, ku_J_per_m3, dmi_J_per_m2);
        if (skyrmion_radius_m == null && size.isPresent()) {
            skyrmion_radius_m = size.get().radiusM();
        }
        if (wall_width_m == null && size.isPresent()) {
            wall_width_m = size.get().wallWidthM();
        }
    }

    public long cells() {
        return Math.round(detector_length_m / cell_size_m) * Math.round(detector_width_m / cell_size_m);
    }

    /** The seed 001 synapse: 7 skyrmions, 8 states. */
    public static SkyrmionMtjModel seed001() {
        return new SkyrmionMtjModel(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
