package io.spinsim.devices.characterization;

/**
 * LTP/LTD asymmetry: the largest difference between the normalized LTP curve and the normalized LTD curve (each
 * running 0 -> 1 over its own programming window) at equal pulse fraction. 0 for a device whose depression retraces
 * its potentiation step for step (seed 001 Fig. 7c), capped at 1 (curves that overshoot their end points could
 * otherwise exceed it).
 */
public final class UpdateAsymmetry {

    private static final int SAMPLES = 201;

    private UpdateAsymmetry() {
    }

    public static double of(UpdateCurveAnalysis ltp, UpdateCurveAnalysis ltd) {
        if (!ltp.responds() || !ltd.responds()) {
            return Double.NaN;
        }
        double max = 0;
        for (int k = 0; k < SAMPLES; k++) {
            double x = (double) k / (SAMPLES - 1);
            max = Math.max(max, Math.abs(ltp.at(x) - ltd.at(x)));
        }
        return Math.min(max, 1);
    }
}
