package io.spinsim.neural.hw;

import java.util.List;

/**
 * Mean of n samples with its two-sided 95% confidence interval mean +- t(0.975, n-1) s / sqrt(n) (Student t).
 *
 * @param mean   sample mean
 * @param std    sample standard deviation (n - 1)
 * @param low95  lower end of the 95% interval
 * @param high95 upper end of the 95% interval
 * @param n      sample count
 */
public record ConfidenceInterval(double mean, double std, double low95, double high95, int n) {

    /** t(0.975, df) for df = 1..30; beyond, the normal 1.96. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042};

    public static ConfidenceInterval of(List<Double> samples) {
        int n = samples.size();
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        if (n < 2) {
            return new ConfidenceInterval(mean, 0, mean, mean, n);
        }
        double ss = samples.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double std = Math.sqrt(ss / (n - 1));
        double t = n - 1 <= T975.length ? T975[n - 2] : 1.96;
        double half = t * std / Math.sqrt(n);
        return new ConfidenceInterval(mean, std, mean - half, mean + half, n);
    }
}
