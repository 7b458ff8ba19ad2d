package io.spinsim.physics;

/** CODATA constants in SI units, as the seeds use them (BRIEF "Common physics"). */
public final class PhysicalConstants {

    /** Gyromagnetic ratio of the electron, rad/(T s). */
    public static final double GAMMA = 1.7595e11;
    /** Vacuum permeability, T m/A. */
    public static final double MU0 = 4e-7 * Math.PI;
    /** Reduced Planck constant, J s. */
    public static final double HBAR = 1.054571817e-34;
    /** Elementary charge, C. */
    public static final double E_CHARGE = 1.602176634e-19;
    /** Boltzmann constant, J/K. */
    public static final double K_B = 1.380649e-23;

    private PhysicalConstants() {
    }
}
