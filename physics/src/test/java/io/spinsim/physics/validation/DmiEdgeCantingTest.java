package io.spinsim.physics.validation;

import io.spinsim.physics.outputs.Snapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * At the free end of a uniformly magnetized chain with interfacial DMI the boundary condition 2A dtheta/dx = -D
 * tilts the end moment (Rohart and Thiaville, PRB 88, 184422 (2013)). With the bulk first integral
 * A theta'^2 = K sin^2 theta the tilt is sin(theta_0) = D Delta / (2A), Delta = sqrt(A/K), and it decays as
 * theta(x) = 2 atan(tan(theta_0/2) exp(-x/Delta)). Seed 001 material (A = 15 pJ/m, K = 0.8 MJ/m^3, D = 3 mJ/m^2):
 * theta_0 = 25.7 deg. Chain of 400 cells of 0.25 nm, periodic along y (no side edges), relaxed in fp64.
 */
class DmiEdgeCantingTest {

    private static final double A = 15e-12;
    private static final double K = 0.8e6;
    private static final double D = 3e-3;

    /**
     * The ghost-cell boundary condition acts on the face between the edge cell and its image, so the discrete
     * profile matches the continuum one at the cell centres x = (i + 1/2) dx with an O(dx/Delta) = 6 % relative
     * error in the slope at the very edge; within 1 degree over the first 20 cells (5 nm).
     */
    @Test
    void edgeTiltMatchesTheDmiBoundaryCondition() {
        String spec = """
                {"mesh": {"nx": 400, "ny": 1, "nz": 1, "dx_m": 0.25e-9, "dy_m": 1e-9, "dz_m": 1e-9,
                          "pbc_y": true},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": %s, "ku_J_per_m3": %s, "alpha": 0.5,
                              "dmi_J_per_m2": %s},
                 "relax": {"max_torque_T": 1e-7},
                 "run": {"dt_s": 2e-15, "duration_s": 1e-13, "precision": "fp64"}}
                """.formatted(A, K, D);
        double delta = Math.sqrt(A / K);
        double theta0 = Math.asin(D * delta / (2 * A));
        try (SpecRun run = new SpecRun(spec)) {
            Snapshot s = run.snapshot(false);
            int n = s.grid().cells();
            for (int i = 0; i < 20; i++) {
                double x = s.grid().x(i);
                double expected = 2 * Math.atan(Math.tan(theta0 / 2) * Math.exp(-x / delta));
                double theta = Math.atan2(s.m()[i], s.m()[2 * n + i]);
                assertThat(Math.toDegrees(theta)).as("tilt of cell %d", i)
                        .isCloseTo(Math.toDegrees(expected), within(1.0));
                // the right end tilts the other way by symmetry
                double right = Math.atan2(s.m()[n - 1 - i], s.m()[3 * n - 1 - i]);
                assertThat(right).isCloseTo(-theta, within(1e-6));
            }
        }
    }
}
