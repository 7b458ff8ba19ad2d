package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The stability radii against their closed forms and the stiffness bound against the checkerboard field; the
 * physics module's StepStabilityRunTest shows the limit separating growing from decaying checkerboards in a run.
 */
class StepStabilityTest {

    /**
     * On the ray z = r e^{i phi} (|e^{i phi}| = 1, c = cos phi) |1 + z + z^2/2|^2 - 1 = r (r^3/4 + c r^2
     * + (1 + cos 2 phi) r + 2c): Heun's boundary is the positive root of the cubic. The 1e-3 tolerance on |R| moves
     * it by less than 0.2% at alpha = 0.3.
     */
    @Test
    void heunRadiusIsTheRootOfItsStabilityCubic() {
        double alpha = 0.3;
        double c = -alpha / Math.sqrt(1 + alpha * alpha);
        double cos2 = 2 * c * c - 1;
        double lo = 0.5;
        double hi = 3;
        for (int i = 0; i < 60; i++) {
            double r = (lo + hi) / 2;
            double f = r * r * r / 4 + c * r * r + (1 + cos2) * r + 2 * c;
            if (f < 0) {
                lo = r;
            } else {
                hi = r;
            }
        }
        assertThat(lo).isCloseTo(1.6187, within(1e-3));
        assertThat(StepStability.stableRadius(RunControl.Integrator.HEUN, alpha)).isCloseTo(lo, within(0.002 * lo));
    }

    /**
     * Undamped: |1 + iy - y^2/2| = sqrt(1 + y^4/4), so Heun's 1e-3 tolerance allows y = (4 (1.001^2 - 1))^(1/4) =
     * 0.2991; RK4's stability interval on the imaginary axis ends at 2 sqrt(2) (the tolerance adds < 1%).
     */
    @Test
    void undampedRadiiMatchTheImaginaryAxisForms() {
        assertThat(StepStability.stableRadius(RunControl.Integrator.HEUN, 0))
                .isCloseTo(Math.pow(4 * (1.001 * 1.001 - 1), 0.25), within(1e-4));
        assertThat(StepStability.stableRadius(RunControl.Integrator.RK4, 0))
                .isBetween(2 * Math.sqrt(2), 1.01 * 2 * Math.sqrt(2));
    }

    /**
     * Without DMI the fastest wave of a large open film is the checkerboard: 8 x 2A/(Ms d^2) of exchange on a square
     * grid, plus 2Ku/Ms, mu0 Ms (demag) and the applied field: 6e-17 x 2e18 = 120 T + 3.6 + 0.628 + 0.2 T for the
     * seed 002 material on 2 nm cells.
     */
    @Test
    void stiffnessOfALargeFilmIsTheCheckerboardField() {
        LlgSpec spec = film(512, 0, 1e-14);
        double expected = 8 * 2 * 15e-12 / (5e5 * 4e-18) + 2 * 0.9e6 / 5e5 + 4e-7 * Math.PI * 5e5;
        assertThat(StepStability.stiffnessT(spec, 0, spec.material())).isCloseTo(expected, within(1e-4 * expected));
        // interfacial DMI adds per axis sqrt(4a^2 + b^2) - 2a at most (b = 2|D|/(Ms d) = 7 T, a = 15 T): < 1%
        LlgSpec withDmi = film(512, 3.5e-3, 1e-14);
        double a = 2 * 15e-12 / (5e5 * 4e-18);
        double b = 2 * 3.5e-3 / (5e5 * 2e-9);
        assertThat(StepStability.stiffnessT(withDmi, 0, withDmi.material()))
                .isCloseTo(expected + 2 * (Math.sqrt(4 * a * a + b * b) - 2 * a), within(1e-3 * expected));
    }

    /** The seed 002 chamber material on 2 nm cells: Heun 0.1 ps is refused naming run.dt_s and the limit, 50 fs passes. */
    @Test
    void specAboveTheLimitIsRefusedWithTheLimit() {
        SpecReader reader = new SpecReader();
        String stable = json(5e-14, "heun");
        assertThat(reader.read(SpecReader.mapper().readTree(stable), LlgSpec.class, "spec").run().dt_s())
                .isEqualTo(5e-14);
        assertThatThrownBy(() -> reader.read(SpecReader.mapper().readTree(json(1e-13, "heun")), LlgSpec.class,
                "spec"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    FieldViolation v = e.violations().get(0);
                    assertThat(v.field()).isEqualTo("spec.run.dt_s");
                    assertThat(v.message()).contains("heun stability limit");
                    assertThat(v.allowed()).startsWith("<= 7.6").endsWith("e-14 s, or integrator rk45");
                });
        // rk4 reaches further along the same ray (2.85 against 1.62 at alpha = 0.3); rk45 controls its own step
        assertThat(reader.read(SpecReader.mapper().readTree(json(1e-13, "rk4")), LlgSpec.class, "spec")).isNotNull();
        assertThat(reader.read(SpecReader.mapper().readTree(json(2e-13, "rk45")), LlgSpec.class, "spec")).isNotNull();
    }

    private static String json(double dt, String integrator) {
        return """
                {"mesh": {"nx": 125, "ny": 75, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 4e-10},
                 "material": {"ms_A_per_m": 5e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 9e5, "alpha": 0.3,
                              "dmi_J_per_m2": 3.5e-3},
                 "field": {"b_T": [0, 0, 0.2]},
                 "demag": {"mode": "thin_film_local"},
                 "run": {"integrator": "%s", "dt_s": %s, "duration_s": 1e-10}}
                """.formatted(integrator, dt);
    }

    private static LlgSpec film(int n, double dmi, double dt) {
        return new LlgSpec("film", Mesh.of(n, n, 1, 2e-9, 2e-9, 4e-10), Material.of(5e5, 15e-12, 0.9e6, 0.3, dmi),
                null, null, null, null, null, null, new Demag(Demag.Mode.THIN_FILM_LOCAL), null, null, null,
                RunControl.of(dt, 1e-10), null);
    }
}
