package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Skyrmion synapse read by a vertical MTJ whose resistance changes by a fixed step per skyrmion (seed 000 Fig. 7e:
 * 5.62 Ohm per skyrmion).
 *
 * @param skyrmions                 N; k = 0..N skyrmions under the MTJ give N + 1 levels (7: 8 states)
 * @param r_empty_ohm               MTJ resistance with no skyrmion (seed 000 gives none; 1 kOhm)
 * @param delta_r_per_skyrmion_ohm  resistance change per skyrmion, signed (-5.62 Ohm: a skyrmion core parallel to
 *                                  the reference layer lowers R)
 */
public record MtjPerSkyrmionModel(
        @InRange(min = 1, max = 4095) Integer skyrmions,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_empty_ohm,
        @InRange(min = -1e9, max = 1e9, unit = "Ohm") Double delta_r_per_skyrmion_ohm) {

    public MtjPerSkyrmionModel {
        skyrmions = skyrmions == null ? 7 : skyrmions;
        r_empty_ohm = r_empty_ohm == null ? 1000.0 : r_empty_ohm;
        delta_r_per_skyrmion_ohm = delta_r_per_skyrmion_ohm == null ? -5.62 : delta_r_per_skyrmion_ohm;
    }
}
