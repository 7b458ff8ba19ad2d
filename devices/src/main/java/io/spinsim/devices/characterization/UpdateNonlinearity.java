package io.spinsim.devices.characterization;

/**
 * Nonlinearity of a weight-update curve in NeuroSim's terms (P.-Y. Chen et al., ICCAD 2015; MLP_NeuroSim V3.0):
 * the normalized conductance after a fraction x of the pulses is fitted with y = (1 - e^{-x/A}) / (1 - e^{-1/A}),
 * a negative A bending the curve the other way. The label is the largest deviation of that curve from the line,
 * divided by 0.07 sqrt 2: this reproduces NeuroSim's tabulated label-to-A pairs (label 0.01 -> A 126.27, 1 -> 1.2517,
 * 6.01 -> 0.1351) to four digits. We fit c = 1/A so that c = 0 is the straight line.
 *
 * @param c     fitted 1/A (0: linear, > 0: saturating, < 0: accelerating)
 * @param label NeuroSim nonlinearity label, signed like c
 */
public record UpdateNonlinearity(double c, double label) {

    /** Deviation of one NeuroSim label unit. */
    public static final double LABEL_UNIT = 0.07 * Math.sqrt(2);
    /** |c| searched up to here: a curve that saturates within 1% of its pulses. */
    private static final double C_MAX = 500;
    private static final int SCAN = 400;

    /** Fits a curve already normalized to run from 0 (first point) to 1 (last point), evenly spaced in pulses. */
    public static UpdateNonlinearity fit(double[] normalized) {
        int best = 0;
        double bestErr = sse(normalized, 0);
        for (int k = -SCAN; k <= SCAN; k++) {
            double err = sse(normalized, scanPoint(k));
            if (err < bestErr) {
                bestErr = err;
                best = k;
            }
        }
        double c = refine(normalized, scanPoint(Math.max(best - 1, -SCAN)), scanPoint(Math.min(best + 1, SCAN)));
        return new UpdateNonlinearity(c, Math.signum(c) * maxDeviation(Math.abs(c)) / LABEL_UNIT);
    }

    /** Scan grid, dense near the straight line: c = C_MAX (k / SCAN)^3. */
    private static double scanPoint(int k) {
        return Math.signum(k) * C_MAX * Math.pow(Math.abs(k) / (double) SCAN, 3);
    }

    /** The model curve at pulse fraction x. */
    public static double curve(double x, double c) {
        if (Math.abs(c) < 1e-9) {
            return x;
        }
        return Math.expm1(-c * x) / Math.expm1(-c);
    }

    /** Largest curve - x over [0, 1] for c > 0 (at f'(x) = 1; c/8 for small c). */
    static double maxDeviation(double c) {
        if (c < 1e-6) {
            return c / 8;
        }
        double denominator = -Math.expm1(-c);
        double x = -Math.log(denominator / c) / c;
        return 1 / denominator - 1 / c - x;
    }

    private static double sse(double[] y, double c) {
        double s = 0;
        int n = y.length - 1;
        for (int j = 0; j <= n; j++) {
            double d = y[j] - curve((double) j / n, c);
            s += d * d;
        }
        return s;
    }

    /** Golden-section search of the squared error between two scan points. */
    private static double refine(double[] y, double lo, double hi) {
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 100; i++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (sse(y, a) < sse(y, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return (lo + hi) / 2;
    }
}
