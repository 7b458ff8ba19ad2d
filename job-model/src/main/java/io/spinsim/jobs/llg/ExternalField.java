package io.spinsim.jobs.llg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Applied flux density B = mu0 H, in tesla.
 *
 * @param b_T    uniform field on the whole magnet (default zero)
 * @param pulses regional and/or time-dependent fields added to it (default none)
 */
public record ExternalField(Vec3 b_T, @Size(max = 32) List<@Valid FieldPulse> pulses) {

    /** Largest |B| accepted, in T. */
    public static final double MAX_B_T = 100;

    public ExternalField {
        b_T = b_T == null ? Vec3.ZERO : b_T;
        pulses = pulses == null ? List.of() : List.copyOf(pulses);
    }

    public static ExternalField uniform(Vec3 bT) {
        return new ExternalField(bT, null);
    }
}
