package io.spinsim.jobs.llg;

/** Uniform applied flux density B = mu0 H, in tesla (default zero). */
public record ExternalField(Vec3 b_T) {

    /** Largest |B| accepted, in T. */
    public static final double MAX_B_T = 100;

    public ExternalField {
        b_T = b_T == null ? Vec3.ZERO : b_T;
    }
}
