package io.spinsim.neural.train;

/**
 * NeuroSim's nonlinearity label of a weight-update curve (P.-Y. Chen et al., ICCAD 2015; MLP_NeuroSim V3.0), the
 * definition the device profiles use: the normalized curve y(x) = (1 - e^{-c x}) / (1 - e^{-c}) over the pulse
 * fraction x (c = 1/A), and the label is its largest deviation from the line y = x divided by 0.07 sqrt 2
 * (label 1 is A = 1.2517, label 6.01 is A = 0.1351). Here the inverse: the curvature c of a label.
 */
public final class NeuroSimLabel {

    private static final double LABEL_UNIT = 0.07 * Math.sqrt(2);
    private static final double C_MAX = 500;

    private NeuroSimLabel() {
    }

    /** c of a label, signed like it (0: straight line, positive: saturating). */
    public static double curvature(double label) {
        double target = Math.abs(label) * LABEL_UNIT;
        if (target == 0) {
            return 0;
        }
        double lo = 0;
        double hi = C_MAX;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (maxDeviation(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.signum(label) * 0.5 * (lo + hi);
    }

    /** Normalized conductance after a fraction x of the pulses. */
    public static double curve(double x, double c) {
        return Math.abs(c) < 1e-9 ? x : Math.expm1(-c * x) / Math.expm1(-c);
    }

    /** Largest y(x) - x over [0, 1] for c > 0, where y'(x) = 1. */
    static double maxDeviation(double c) {
        if (c < 1e-6) {
            return c / 8;
        }
        double denominator = -Math.expm1(-c);
        double x = -Math.log(denominator / c) / c;
        return 1 / denominator - 1 / c - x;
    }
}
