package io.spinsim.neural.crossbar;

import io.spinsim.jobs.profile.ConductanceLevel;
import io.spinsim.jobs.profile.DeviceProfile;

import java.util.Arrays;
import java.util.List;

/**
 * The programmable states of one device kind, sorted by increasing mean conductance, with each state's
 * device-to-device and cycle-to-cycle standard deviation (seed 002: each level's mean G_i and sigma_i).
 *
 * @param name       device name, reported with results
 * @param gS         mean conductance of each level (S), strictly increasing
 * @param sigmaD2dS  device-to-device standard deviation of each level (S)
 * @param sigmaC2cS  cycle-to-cycle standard deviation of each level (S)
 */
public record ConductanceLevels(String name, double[] gS, double[] sigmaD2dS, double[] sigmaC2cS) {

    public ConductanceLevels {
        if (gS.length < 2 || sigmaD2dS.length != gS.length || sigmaC2cS.length != gS.length) {
            throw new IllegalArgumentException("need at least two levels with one sigma each");
        }
        for (int i = 1; i < gS.length; i++) {
            if (!(gS[i] > gS[i - 1])) {
                throw new IllegalArgumentException("levels must increase strictly: level " + i);
            }
        }
    }

    /** An ideal device: {@code count} evenly spaced levels from gMin to gMax, no variation. */
    public static ConductanceLevels ideal(int count, double gMinS, double gMaxS) {
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            g[i] = gMinS + (gMaxS - gMinS) * i / (count - 1);
        }
        return new ConductanceLevels("ideal " + count + "-level", g, new double[count], new double[count]);
    }

    public static ConductanceLevels of(DeviceProfile profile) {
        List<ConductanceLevel> levels = profile.levels();
        return new ConductanceLevels(profile.name(),
                levels.stream().mapToDouble(ConductanceLevel::g_S).toArray(),
                levels.stream().mapToDouble(ConductanceLevel::sigma_d2d_S).toArray(),
                levels.stream().mapToDouble(ConductanceLevel::sigma_c2c_S).toArray());
    }

    public int count() {
        return gS.length;
    }

    public double gMinS() {
        return gS[0];
    }

    public double gMaxS() {
        return gS[gS.length - 1];
    }

    public double windowS() {
        return gMaxS() - gMinS();
    }

    /** Index of the level whose mean conductance is nearest to {@code targetS} (ties go to the lower level). */
    public int nearest(double targetS) {
        int i = Arrays.binarySearch(gS, targetS);
        if (i >= 0) {
            return i;
        }
        int above = -i - 1;
        if (above == 0) {
            return 0;
        }
        if (above == gS.length) {
            return gS.length - 1;
        }
        return targetS - gS[above - 1] <= gS[above] - targetS ? above - 1 : above;
    }

    /** True when some level has a non-zero device-to-device or cycle-to-cycle spread. */
    public boolean varies() {
        return Arrays.stream(sigmaD2dS).anyMatch(s -> s > 0) || Arrays.stream(sigmaC2cS).anyMatch(s -> s > 0);
    }
}
