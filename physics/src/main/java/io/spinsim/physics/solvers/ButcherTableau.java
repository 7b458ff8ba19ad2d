package io.spinsim.physics.solvers;

import io.spinsim.physics.kernel.FusedKernel;

/**
 * An explicit Runge-Kutta method: stage coefficients a (lower triangle), weights b, nodes c, and for embedded
 * pairs the error weights e = b - b_hat.
 */
public record ButcherTableau(double[][] a, double[] b, double[] c, double[] e) {

    public int stages() {
        return b.length;
    }

    public boolean embedded() {
        return e != null;
    }

    /** a as a row-major FusedKernel.MAX_STAGES x MAX_STAGES array. */
    public double[] flatA() {
        int s = FusedKernel.MAX_STAGES;
        double[] flat = new double[s * s];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, flat, i * s, a[i].length);
        }
        return flat;
    }

    public double[] paddedB() {
        return java.util.Arrays.copyOf(b, FusedKernel.MAX_STAGES);
    }

    public double[] paddedE() {
        return e == null ? new double[FusedKernel.MAX_STAGES] : java.util.Arrays.copyOf(e, FusedKernel.MAX_STAGES);
    }
}
