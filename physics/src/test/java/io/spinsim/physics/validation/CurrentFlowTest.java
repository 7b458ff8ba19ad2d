package io.spinsim.physics.validation;

import io.spinsim.physics.outputs.Snapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A current given by where it enters and leaves the film (a flow) reaches the kernel cell by cell: in a uniform strip
 * fed at one end and drained at the other, the flow's density equals the uniform current's everywhere, so a skyrmion
 * must follow the same path under both (to round-off: the flow runs on the per-region drive kernel with one entry
 * per cell, the uniform current on the one-region kernel).
 */
class CurrentFlowTest {

    private static final String STRIP = """
            {"mesh": {"nx": 64, "ny": 32, "nz": 1, "dx_m": 1e-9, "dy_m": 1e-9, "dz_m": 1e-9},
             "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 15e-12, "ku_J_per_m3": 0.8e6, "alpha": 0.3,
                          "dmi_J_per_m2": 3e-3},
             "demag": {"mode": "thin_film_local"},
             "initial": {"skyrmions": [{"center_m": [20e-9, 16e-9], "radius_m": 5e-9}]},
             "currents": [%s],
             "relax": {"max_torque_T": 1e-4},
             "run": {"dt_s": 2e-14, "duration_s": 1e-10, "precision": "fp64"}}
            """;

    private static final String UNIFORM = """
            {"kind": "sot", "j_A_per_m2": 4e11, "theta_sh": 0.1, "direction": [1, 0, 0]}""";

    private static final String FLOW = """
            {"kind": "sot", "j_A_per_m2": 4e11, "theta_sh": 0.1,
             "flow": {"source": {"kind": "rectangle", "x_min_m": 0, "x_max_m": 1e-9, "y_min_m": 0, "y_max_m": 3.2e-8},
                      "sink": {"kind": "rectangle", "x_min_m": 6.3e-8, "x_max_m": 6.4e-8, "y_min_m": 0,
                               "y_max_m": 3.2e-8},
                      "reference_width_m": %s}}""";

    private static double[] path(String current, double t) {
        try (SpecRun run = new SpecRun(STRIP.formatted(current))) {
            double[] start = CurrentDrivenSkyrmionTest.centre(run.snapshot(false));
            run.runTo(t);
            Snapshot end = run.snapshot(false);
            double[] c = CurrentDrivenSkyrmionTest.centre(end);
            return new double[]{c[0] - start[0], c[1] - start[1], run.engine.setup().regions().size()};
        }
    }

    @Test
    void flowThroughAUniformStripDrivesASkyrmionAsTheUniformCurrentDoes() {
        double[] uniform = path(UNIFORM, 1e-10);
        double[] flow = path(FLOW.formatted("3.2e-8"), 1e-10);
        System.out.printf("uniform: (%.4f, %.4f) nm, flow: (%.4f, %.4f) nm, %d region entries%n", uniform[0] * 1e9,
                uniform[1] * 1e9, flow[0] * 1e9, flow[1] * 1e9, (int) flow[2]);
        assertThat(Math.hypot(uniform[0], uniform[1])).isGreaterThan(1e-9);
        assertThat(flow[0]).isCloseTo(uniform[0], within(1e-12));
        assertThat(flow[1]).isCloseTo(uniform[1], within(1e-12));
        assertThat((int) flow[2]).isEqualTo(64 * 32 + 1);
    }

    /**
     * The same flow referred to half the strip's width: the total current, j_A_per_m2 times the reference width,
     * halves, and with it the density everywhere in the strip and the skyrmion's displacement (Thiele: the velocity
     * is linear in the drive; within 5 %, as the profile deforms less under the weaker drive).
     */
    @Test
    void flowReferredToHalfTheWidthHalvesTheDisplacement() {
        double[] full = path(FLOW.formatted("3.2e-8"), 1e-10);
        double[] half = path(FLOW.formatted("1.6e-8"), 1e-10);
        double ratio = Math.hypot(half[0], half[1]) / Math.hypot(full[0], full[1]);
        System.out.printf("displacement ratio %.4f%n", ratio);
        assertThat(ratio).isCloseTo(0.5, within(0.025));
    }
}
