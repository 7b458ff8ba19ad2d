package io.spinsim.physics.validation;

import io.spinsim.physics.outputs.AverageMagnetization;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * muMAG standard problem 4 (NIST): a permalloy film 500 x 125 x 3 nm, Ms = 800 kA/m, A = 13 pJ/m, alpha = 0.02, no
 * anisotropy, relaxed from saturation along [1, 1, 1] into the S-state, then reversed by field 1
 * mu0 H = (-24.6, 4.3, 0) mT or field 2 (-35.5, -6.3, 0) mT for 1 ns. Published behaviour: with field 1 <m_x>
 * crosses zero at about 0.14 ns while the moments rotate counterclockwise (<m_y> > 0) and ring down towards -1;
 * with field 2 the ends rotate counterclockwise and the middle clockwise, <m_y> goes negative. mumax3's regression
 * test (128 x 32 x 1 cells) expects <m>(1 ns) = (-0.9846, 0.1260, 0.0433) for field 1.
 */
class StandardProblem4Test {

    static String spec(int nx, int ny, double bx, double by) {
        return """
                {"mesh": {"nx": %d, "ny": %d, "nz": 1, "dx_m": %s, "dy_m": %s, "dz_m": 3e-9},
                 "material": {"ms_A_per_m": 8e5, "a_J_per_m": 1.3e-11, "alpha": 0.02},
                 "field": {"b_T": [%s, %s, 0]},
                 "demag": {"mode": "fft"},
                 "initial": {"direction": [1, 1, 1]},
                 "relax": {"max_torque_T": 1e-5},
                 "run": {"integrator": "rk45", "dt_s": 1e-13, "duration_s": 1e-9, "tolerance": 1e-5,
                         "precision": "fp64"}}
                """.formatted(nx, ny, 500e-9 / nx, 125e-9 / ny, bx, by);
    }

    /** <m>(t) every 10 ps from 0 to 1 ns. */
    static List<double[]> trajectory(int nx, int ny, double bx, double by) {
        // the S-state is relaxed at zero field, the reversing field switches on at t = 0
        String s = spec(nx, ny, bx, by).replace("\"field\": {\"b_T\": [%s, %s, 0]},".formatted(bx, by),
                "\"field\": {\"b_T\": [0, 0, 0], \"pulses\": [{\"b_T\": [%s, %s, 0]}]},".formatted(bx, by));
        List<double[]> m = new ArrayList<>();
        try (SpecRun run = new SpecRun(s)) {
            m.add(AverageMagnetization.whole().values(run.snapshot(false)));
            for (int k = 1; k <= 100; k++) {
                run.runTo(k * 1e-11);
                m.add(AverageMagnetization.whole().values(run.snapshot(false)));
            }
        }
        return m;
    }

    /** Time (s) of the first sign change of component c, linearly interpolated between samples 10 ps apart. */
    static double firstZero(List<double[]> m, int c) {
        for (int k = 1; k < m.size(); k++) {
            if (Math.signum(m.get(k)[c]) != Math.signum(m.get(k - 1)[c])) {
                double a = m.get(k - 1)[c];
                double b = m.get(k)[c];
                return (k - 1 + a / (a - b)) * 1e-11;
            }
        }
        return Double.NaN;
    }

    /**
     * CI-sized: 64 x 16 cells (7.8 nm, above the 5.7 nm exchange length, so fine features are smeared): the S-state
     * and the qualitative course must be right. Field 1: S-state <m_x> > 0.9, <m_x> crosses zero between 0.11 and
     * 0.18 ns while <m_y> > 0 (counterclockwise rotation) through the first 0.15 ns, and <m>(1 ns) within 0.03 of
     * mumax3's fine-grid value (the coarse grid shifts the ringing slightly). Field 2: the middle turns clockwise, so
     * <m_y> falls below -0.15 within 0.15 ns (measured -0.25 at 0.12 ns), and <m_x> reverses.
     */
    @Test
    void reversalFollowsTheStandardProblemOnACoarseGrid() {
        List<double[]> one = trajectory(64, 16, -24.6e-3, 4.3e-3);
        System.out.printf("SP4 64x16 field 1: S-state (%.4f, %.4f, %.4f), mx zero at %.4g s, m(1 ns) = (%.4f, %.4f, "
                        + "%.4f)%n", one.get(0)[0], one.get(0)[1], one.get(0)[2], firstZero(one, 0), one.get(100)[0],
                one.get(100)[1], one.get(100)[2]);
        assertThat(one.get(0)[0]).isGreaterThan(0.9);
        assertThat(firstZero(one, 0)).isBetween(0.11e-9, 0.18e-9);
        for (int k = 1; k <= 15; k++) {
            assertThat(one.get(k)[1]).isPositive();
        }
        assertThat(one.get(100)[0]).isCloseTo(-0.9846, within(0.03));
        assertThat(one.get(100)[1]).isCloseTo(0.1260, within(0.03));
        assertThat(one.get(100)[2]).isCloseTo(0.0433, within(0.03));
        List<double[]> two = trajectory(64, 16, -35.5e-3, -6.3e-3);
        System.out.printf("SP4 64x16 field 2: mx zero at %.4g s, m(1 ns) = (%.4f, %.4f, %.4f)%n", firstZero(two, 0),
                two.get(100)[0], two.get(100)[1], two.get(100)[2]);
        double lowest = two.subList(0, 16).stream().mapToDouble(m -> m[1]).min().orElseThrow();
        assertThat(lowest).isLessThan(-0.15);
        assertThat(two.get(100)[0]).isLessThan(-0.9);
    }

    /**
     * Full resolution of the mumax3 regression (128 x 32 cells of 3.9 nm): <m>(1 ns) within 0.02 of mumax3's
     * (-0.9846, 0.1260, 0.0433) (different integrator and demag kernel details; the ringing after reversal is
     * sensitive to them), zero crossing of <m_x> within 0.125-0.155 ns. Field 2 at the same resolution must reverse.
     */
    @Test
    @Tag("slow")
    void fieldOneMatchesMumax3AtFullResolution() {
        List<double[]> one = trajectory(128, 32, -24.6e-3, 4.3e-3);
        double[] end = one.get(100);
        System.out.printf("SP4 128x32 field 1: S-state (%.4f, %.4f, %.4f), mx zero at %.4g s, m(1 ns) = (%.4f, %.4f, "
                + "%.4f)%n", one.get(0)[0], one.get(0)[1], one.get(0)[2], firstZero(one, 0), end[0], end[1], end[2]);
        assertThat(end[0]).isCloseTo(-0.9846, within(0.02));
        assertThat(end[1]).isCloseTo(0.1260, within(0.02));
        assertThat(end[2]).isCloseTo(0.0433, within(0.02));
        assertThat(firstZero(one, 0)).isBetween(0.125e-9, 0.155e-9);
        List<double[]> two = trajectory(128, 32, -35.5e-3, -6.3e-3);
        System.out.printf("SP4 128x32 field 2: mx zero at %.4g s, m(1 ns) = (%.4f, %.4f, %.4f)%n", firstZero(two, 0),
                two.get(100)[0], two.get(100)[1], two.get(100)[2]);
        assertThat(two.get(100)[0]).isLessThan(-0.9);
    }
}
