package io.spinsim.physics.terms;

/**
 * First-order uniaxial anisotropy, energy density -Ku (u . m)^2 (seed 000 eq.5), field B = 2 Ku (u . m) u / Ms, in the
 * fused kernel. Ku may vary linearly in the plane, Ku(x, y) = Ku0 + dKu/dx (x - x0) + dKu/dy (y - y0)
 * (seed 001: Ku(x) = Kc + x dKu), and be shifted by voltage-controlled anisotropy (seed 000 eq.11). The kernel
 * evaluates Ku(x, y) = ku + gradX x + gradY y from the grid origin; this class folds origin and VCMA into ku.
 */
public final class UniaxialAnisotropyField {

    private UniaxialAnisotropyField() {
    }

    /** Ku at the grid origin (x = y = 0) for a gradient given about the point (x0, y0). */
    public static double kuAtGridOrigin(double ku0, double gradX, double gradY, double x0, double y0) {
        return ku0 - gradX * x0 - gradY * y0;
    }

    /**
     * VCMA shift K(V) - K(0) = -xi E / t_FL (seed 000 eq.11).
     *
     * @param xi     VCMA coefficient, J/(V m) (seed 000: 130 fJ/(V m))
     * @param eField electric field across the oxide, V/m
     * @param tFl    free-layer thickness, m
     */
    public static double vcmaShift(double xi, double eField, double tFl) {
        return -xi * eField / tFl;
    }

    public static double[] normalized(double x, double y, double z) {
        double norm = Math.sqrt(x * x + y * y + z * z);
        return new double[]{x / norm, y / norm, z / norm};
    }
}
