package io.spinsim.devices.characterization;

import java.util.Arrays;

/**
 * Linearity of one update curve (G after 0, 1, 2, ... pulses) over its programming window: from the last pulse
 * before the conductance first moves to the first pulse after which it no longer moves, so that a delay before the
 * first skyrmion arrives and the saturated tail do not count as nonlinearity (seed 001 Fig. 7c has both).
 *
 * @param firstPulse    start of the window
 * @param lastPulse     end of the window
 * @param r2            R^2 of a straight line through G over the window
 * @param nonlinearity  NeuroSim-style fit over the window
 * @param normalized    (G - G_first) / (G_last - G_first) over the window
 */
public record UpdateCurveAnalysis(int firstPulse, int lastPulse, double r2, UpdateNonlinearity nonlinearity,
                                  double[] normalized) {

    /**
     * @param g    conductance after each pulse, index 0 before the first pulse
     * @param epsS changes up to this count as no change (read noise; infinite: the device has a single state)
     * @return empty analysis (NaN metrics) when the conductance does not move by more than epsS
     */
    public static UpdateCurveAnalysis of(double[] g, double epsS) {
        int n = g.length - 1;
        double eps = epsS;
        int first = 0;
        while (first < n && Math.abs(g[first + 1] - g[0]) <= eps) {
            first++;
        }
        int last = n;
        while (last > first && Math.abs(g[last - 1] - g[n]) <= eps) {
            last--;
        }
        if (last - first < 1 || !(Math.abs(g[last] - g[first]) > eps)) {
            return new UpdateCurveAnalysis(first, last, Double.NaN, new UpdateNonlinearity(Double.NaN, Double.NaN),
                    new double[0]);
        }
        double[] window = Arrays.copyOfRange(g, first, last + 1);
        double[] normalized = Arrays.stream(window).map(v -> (v - window[0]) / (window[window.length - 1] - window[0]))
                .toArray();
        double r2 = window.length < 3 ? 1 : LinearFit.ofSequence(window).r2();
        return new UpdateCurveAnalysis(first, last, r2, UpdateNonlinearity.fit(normalized), normalized);
    }

    public boolean responds() {
        return normalized.length > 0;
    }

    /** Normalized curve at pulse fraction x in [0, 1], linearly interpolated. */
    public double at(double x) {
        double pos = x * (normalized.length - 1);
        int i = Math.min((int) Math.floor(pos), normalized.length - 2);
        return normalized[i] + (pos - i) * (normalized[i + 1] - normalized[i]);
    }
}
