package io.spinsim.jobs.nn;

import io.spinsim.jobs.validation.InRange;

/**
 * In-situ training on the device (NeuroSim-style): each weight is one trainable device against a fixed reference
 * device at mid window; a gradient step becomes a number of potentiation or depression pulses (stochastically
 * rounded), each moving the device one state along its LTP or LTD curve with a fresh cycle-to-cycle draw.
 *
 * @param states_ltp    pulses from G_min to G_max on the LTP curve (default: the profile's level count)
 * @param states_ltd    pulses from G_max to G_min on the LTD curve (default: states_ltp)
 * @param nonlinearity_ltp NeuroSim nonlinearity label of the LTP curve, as device profiles report it (positive:
 *                         saturating); 0 = the profile's update curves, else its nonlinearity labels, else its
 *                         levels in order (default 0)
 * @param nonlinearity_ltd the same for the LTD curve (a saturating LTD curve has a negative label) (default 0)
 * @param c2c_per_pulse cycle-to-cycle standard deviation per pulse as a fraction of the window, added to the
 *                      profile's per-level sigma_c2c (default 0)
 * @param learning_rate SGD step size of in-situ training: dw = -learning_rate dL/dw (default 0.1)
 */
public record InSituSettings(
        @InRange(min = 2, max = 4096) Integer states_ltp,
        @InRange(min = 2, max = 4096) Integer states_ltd,
        @InRange(min = -10, max = 10) Double nonlinearity_ltp,
        @InRange(min = -10, max = 10) Double nonlinearity_ltd,
        @InRange(min = 0, max = 1) Double c2c_per_pulse,
        @InRange(min = 1e-6, max = 100) Double learning_rate) {

    public InSituSettings {
        nonlinearity_ltp = nonlinearity_ltp == null ? 0.0 : nonlinearity_ltp;
        nonlinearity_ltd = nonlinearity_ltd == null ? 0.0 : nonlinearity_ltd;
        c2c_per_pulse = c2c_per_pulse == null ? 0.0 : c2c_per_pulse;
        learning_rate = learning_rate == null ? 0.1 : learning_rate;
    }

    public static InSituSettings defaults() {
        return new InSituSettings(null, null, null, null, null, null);
    }
}
