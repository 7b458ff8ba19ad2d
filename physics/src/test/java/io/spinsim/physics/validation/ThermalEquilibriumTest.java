package io.spinsim.physics.validation;

import io.spinsim.physics.outputs.AverageMagnetization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Brown's thermal field must drive uncoupled macrospins to the Boltzmann distribution: in a field B along z,
 * <m_z> = L(x) = coth(x) - 1/x with x = Ms V B / (kB T) (Langevin). 64 x 64 independent cells (A = 0, no anisotropy)
 * of (2 nm)^3, Ms = 800 kA/m, B = 1 T, T = 300 K: x = 1.545, L = 0.446.
 */
class ThermalEquilibriumTest {

    /**
     * Ensemble of 4096 spins averaged over 20 samples 10 ps apart after 100 ps of equilibration (relaxation time
     * (1 + alpha^2) / (alpha gamma B) = 11 ps): statistical error ~0.004; Heun's O(dt) bias of the stochastic
     * integration at gamma B dt = 0.018 is smaller. Tolerance 0.015 on <m_z>; a second seed draws other noise.
     */
    @Test
    void macrospinsReachTheLangevinMagnetization() {
        double x = 8e5 * 8e-27 * 1.0 / (1.380649e-23 * 300);
        double langevin = 1 / Math.tanh(x) - 1 / x;
        for (long seed : new long[]{1, 2}) {
            String spec = """
                    {"mesh": {"nx": 64, "ny": 64, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 2e-9},
                     "material": {"ms_A_per_m": 8e5, "a_J_per_m": 0, "alpha": 1},
                     "field": {"b_T": [0, 0, 1]},
                     "thermal": {"temperature_K": 300, "seed": %d},
                     "run": {"dt_s": 1e-13, "duration_s": 3e-10, "precision": "fp64"}}
                    """.formatted(seed);
            double sum = 0;
            try (SpecRun run = new SpecRun(spec)) {
                run.runTo(1e-10);
                for (int k = 1; k <= 20; k++) {
                    run.runTo(1e-10 + k * 1e-11);
                    sum += AverageMagnetization.whole().values(run.snapshot(false))[2];
                }
            }
            System.out.printf("thermal <m_z> (seed %d) = %.4f, Langevin %.4f%n", seed, sum / 20, langevin);
            assertThat(sum / 20).isCloseTo(langevin, within(0.015));
        }
    }
}
