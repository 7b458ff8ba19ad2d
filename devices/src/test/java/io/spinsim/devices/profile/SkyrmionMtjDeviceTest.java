package io.spinsim.devices.profile;

import io.spinsim.jobs.device.SkyrmionMtjModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SkyrmionMtjDeviceTest {

    private final SkyrmionMtjModel seed001 = SkyrmionMtjModel.seed001();
    private final double[] levels = new SkyrmionMtjDevice(seed001).levelsS();

    @Test
    void defaultSkyrmionSizeIsTheIsolatedSkyrmionOfTableI() {
        // K = 0.8e6 - mu0 (580e3)^2/2 = 588634 J/m^3; R = pi D sqrt(A/(16 A K^2 - pi^2 D^2 K)) = 6.570 nm;
        // w = pi D/(4 K) = 4.003 nm (values from the same formulas evaluated in mpmath)
        assertThat(seed001.skyrmion_radius_m()).isCloseTo(6.5696e-9, within(1e-13));
        assertThat(seed001.wall_width_m()).isCloseTo(4.0028e-9, within(1e-13));
    }

    @Test
    void sevenSkyrmionsGiveEightEquallySpacedLevels() {
        assertThat(levels).hasSize(8);
        double step = levels[1] - levels[0];
        for (int k = 1; k < 8; k++) {
            // skyrmions sit 71 nm apart, 36 nm from the detector ends and 25 nm from its edges; their tails there
            // deviate by 1 - cos(theta) < 1e-5 from the background, so the steps agree to 1e-5 of a step
            assertThat(levels[k] - levels[k - 1]).isCloseTo(step, within(1e-5 * step));
        }
    }

    @Test
    void emptyDetectorIsAllAntiparallel() {
        // 250 x 25 cells of G0 = 4e-7 S at (1 - P^2)/(1 + P^2) = 0.84/1.16: 6250 * 4e-7 * 0.7241379 = 1.8103448e-3 S
        assertThat(levels[0]).isCloseTo(1.8103448e-3, within(1e-10));
    }

    @Test
    void stepPerSkyrmionIsTheReversedAreaOfTheProfile() {
        // dG = G0 P^2/(1 + P^2) * int (1 - cos theta) dA / a_cell; the integral over the ansatz with R = 6.570 nm,
        // w = 4.003 nm is 3.5321e-16 m^2 (2.605 pi R^2, mpmath), so dG = 4e-7 * 0.137931 * 88.30 = 4.872e-6 S.
        // Tolerance 2%: eq.4 sums 2 nm cells (midpoint rule) across a wall only twice as wide as a cell.
        assertThat(levels[1] - levels[0]).isCloseTo(4.872e-6, within(0.02 * 4.872e-6));
    }
}
