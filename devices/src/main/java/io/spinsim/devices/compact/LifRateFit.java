package io.spinsim.devices.compact;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrate and leak rates of a LIF device from its state against time under a pulse train: the mean rate of change
 * over the sample intervals with the current on (integrate: nuBar J - etaBar) and with it off (leak: -etaBar).
 * This is how seed 001 obtains nuBar and etaBar of eq.7 from its micromagnetic runs.
 *
 * @param integrateRatePerS state change per second with the current on
 * @param leakRatePerS      state change per second with the current off (negative for a leak)
 * @param nuBarPerAPerM2S   (integrate - leak) / J: the rate per unit current density
 */
public record LifRateFit(double integrateRatePerS, double leakRatePerS, double nuBarPerAPerM2S) {

    /**
     * @param timesS samples of one run under {@code drive}, before any reset
     * @param state  state at each sample
     */
    public static LifRateFit fit(double[] timesS, double[] state, CurrentWaveform drive) {
        double on = meanRate(timesS, state, drive, true);
        double off = meanRate(timesS, state, drive, false);
        return new LifRateFit(on, off, (on - off) / drive.amplitudeAPerM2());
    }

    /** Total change over total time of the sample intervals lying wholly in on (or off) parts of the drive. */
    private static double meanRate(double[] t, double[] x, CurrentWaveform drive, boolean on) {
        List<Double> dt = new ArrayList<>();
        List<Double> dx = new ArrayList<>();
        for (int i = 1; i < t.length; i++) {
            boolean a = drive.densityAPerM2(t[i - 1]) != 0;
            boolean b = drive.densityAPerM2(t[i] - 1e-3 * (t[i] - t[i - 1])) != 0;
            if (a == on && b == on) {
                dt.add(t[i] - t[i - 1]);
                dx.add(x[i] - x[i - 1]);
            }
        }
        return dx.stream().mapToDouble(Double::doubleValue).sum() / dt.stream().mapToDouble(Double::doubleValue).sum();
    }
}
