package io.spinsim.neural.train;

import io.spinsim.neural.crossbar.ConductanceLevels;

import java.util.Arrays;

/**
 * Conductance after each pulse of a potentiation (LTP) or depression (LTD) train, state 0 first, with the
 * cycle-to-cycle spread of each state. Either the device's measured levels in order (seed 002: the NN uses each
 * level's G_i and sigma_i), or NeuroSim's saturating model G(p) = B (1 - exp(-p / A)) + G_min with
 * B = (G_max - G_min) / (1 - exp(-P / A)) (Chen et al., NeuroSim+ 2017) for a nonlinearity label
 * ({@link NeuroSimLabel}).
 *
 * @param gS     conductance of each state (S): increasing for LTP, decreasing for LTD
 * @param sigmaS cycle-to-cycle standard deviation of each state (S)
 */
public record UpdateCurve(float[] gS, float[] sigmaS) {

    public static UpdateCurve fromLevels(ConductanceLevels levels, boolean potentiation) {
        int n = levels.count();
        float[] g = new float[n];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            int l = potentiation ? i : n - 1 - i;
            g[i] = (float) levels.gS()[l];
            s[i] = (float) levels.sigmaC2cS()[l];
        }
        return new UpdateCurve(g, s);
    }

    /**
     * A measured or simulated pulse train of a profile (schema v2 update_curves), each state taking the
     * cycle-to-cycle spread of the profile level nearest to it.
     */
    public static UpdateCurve fromProfile(io.spinsim.jobs.profile.UpdateCurve curve, ConductanceLevels levels) {
        float[] g = new float[curve.g_S().size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = curve.g_S().get(i).floatValue();
        }
        return new UpdateCurve(g, new float[g.length]).withSpreadOf(levels);
    }

    /**
     * NeuroSim's model with {@code states} states for a nonlinearity label (NeuroSim's convention, as the device
     * profiles report it: 0 linear, positive saturating for LTP; a saturating LTD curve has a negative label).
     */
    public static UpdateCurve neuroSim(double gMinS, double gMaxS, int states, double label, boolean potentiation) {
        double c = NeuroSimLabel.curvature(potentiation ? label : -label);
        float[] g = new float[states];
        int p = states - 1;
        for (int i = 0; i < states; i++) {
            double f = NeuroSimLabel.curve((double) i / p, c);
            g[i] = (float) (potentiation ? gMinS + (gMaxS - gMinS) * f : gMaxS - (gMaxS - gMinS) * f);
        }
        return new UpdateCurve(g, new float[states]);
    }

    /** The same states, each with the cycle-to-cycle spread of the device level nearest to it. */
    public UpdateCurve withSpreadOf(ConductanceLevels levels) {
        float[] s = new float[gS.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) levels.sigmaC2cS()[levels.nearest(gS[i])];
        }
        return new UpdateCurve(gS, s);
    }

    public int states() {
        return gS.length;
    }

    /** State whose conductance is nearest to g. */
    public int nearestState(float g) {
        boolean increasing = gS[gS.length - 1] > gS[0];
        float[] sorted = increasing ? gS : reversed(gS);
        int i = Arrays.binarySearch(sorted, g);
        int idx;
        if (i >= 0) {
            idx = i;
        } else {
            int above = -i - 1;
            idx = above == 0 ? 0 : above == sorted.length ? sorted.length - 1
                    : g - sorted[above - 1] <= sorted[above] - g ? above - 1 : above;
        }
        return increasing ? idx : gS.length - 1 - idx;
    }

    private static float[] reversed(float[] a) {
        float[] r = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }
}
