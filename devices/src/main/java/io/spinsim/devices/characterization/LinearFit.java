package io.spinsim.devices.characterization;

/**
 * Least-squares straight line y = intercept + slope x and its coefficient of determination
 * R^2 = 1 - SS_res / SS_tot (1 for a perfect line; NaN when y is constant).
 */
public record LinearFit(double slope, double intercept, double r2) {

    public static LinearFit of(double[] x, double[] y) {
        int n = x.length;
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double ssRes = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            ssRes += r * r;
        }
        return new LinearFit(slope, intercept, syy == 0 ? Double.NaN : 1 - ssRes / syy);
    }

    /** Fit of y against its index 0, 1, 2, ... */
    public static LinearFit ofSequence(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = i;
        }
        return of(x, y);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
