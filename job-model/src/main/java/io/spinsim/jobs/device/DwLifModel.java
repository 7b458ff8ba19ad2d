package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Domain-wall LIF neuron of seed 003 eq.4, dm/dt = -alpha m^2 + beta + gamma J(t); defaults are the paper's fit.
 *
 * @param alpha     alpha_D (-1.549)
 * @param beta      beta_D, leak rate in 1/s (-1e7)
 * @param gamma     gamma_D in m^2/(A s) (1.039e-3)
 * @param threshold firing threshold of m (0.75)
 * @param rest      resting m, where the leak stops and a spike resets to (0)
 * @param dt_s      explicit time step (1e-11 s)
 */
public record DwLifModel(
        @InRange(min = -1e12, max = 1e12) Double alpha,
        @InRange(min = -1e12, max = 1e12) Double beta,
        @InRange(min = -1, max = 1) Double gamma,
        @InRange(min = -1, max = 1) Double threshold,
        @InRange(min = -1, max = 1) Double rest,
        @InRange(min = 1e-15, max = 1e-9, unit = "s") Double dt_s) {

    public DwLifModel {
        alpha = alpha == null ? -1.549 : alpha;
        beta = beta == null ? -1e7 : beta;
        gamma = gamma == null ? 1.039e-3 : gamma;
        threshold = threshold == null ? 0.75 : threshold;
        rest = rest == null ? 0.0 : rest;
        dt_s = dt_s == null ? 1e-11 : dt_s;
    }
}
