package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * Stochastic thermal field (Brown), needs the heun integrator.
 *
 * @param temperature_K temperature
 * @param seed          random seed (default 1): same seed, same noise
 */
public record Thermal(@NotNull @InRange(min = 0, max = 2000, unit = "K") Double temperature_K, Long seed) {

    public Thermal {
        seed = seed == null ? 1L : seed;
    }
}
