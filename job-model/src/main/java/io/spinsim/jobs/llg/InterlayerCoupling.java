package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * Bilinear surface exchange between plane {@code lower_layer} and the plane above it, in place of bulk exchange
 * (seed 001 eq.2: energy sigma (1 - m_top . m_bottom) / Delta per cell; sigma < 0 couples antiferromagnetically,
 * seed 001 Table I: -6 mJ/m^2). Planes without an entry are coupled by the bulk exchange A.
 */
public record InterlayerCoupling(
        @NotNull @InRange(min = 0, max = 63) Integer lower_layer,
        @NotNull @InRange(min = -1, max = 1, unit = "J/m^2") Double sigma_J_per_m2) {
}
