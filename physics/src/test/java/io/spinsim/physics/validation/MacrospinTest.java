package io.spinsim.physics.validation;

import io.spinsim.jobs.llg.RunControl;
import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.solvers.DormandPrince45;
import io.spinsim.physics.solvers.Heun;
import io.spinsim.physics.solvers.Rk4;
import io.spinsim.physics.solvers.Stepper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A single cell (no exchange, DMI or anisotropy) in a field along z: the LLG has closed-form solutions. */
class MacrospinTest {

    private static final Grid CELL = new Grid(1, 1, 1, 2e-9, 2e-9, 2e-9);
    private static final double B = 1.0;

    private static LlgEngine macrospin(double alpha, double theta0, RunControl.Precision precision,
                                       boolean fixedStep) {
        LlgEngine engine = Films.javaEngine(Films.uniform(CELL, Films.material(8e5, alpha, 0, 0, 0),
                new double[]{0, 0, B}, FusedKernel.DEMAG_NONE, List.of()), precision, fixedStep);
        engine.setMagnetization(Films.uniformState(1, Math.sin(theta0), 0, Math.cos(theta0)));
        return engine;
    }

    /**
     * At alpha = 0 the moment precesses about B at omega = gamma B (Larmor). Heun's amplification factor on a
     * rotation, 1 + i omega dt - (omega dt)^2 / 2, advances the phase by omega dt (1 + (omega dt)^2 / 6) per step:
     * with omega dt = 1.8e-3 the measured frequency is high by ~5e-7 relative (the normalization after each stage
     * reduces this); fp64 round-off is far smaller. Tolerance 1e-6 relative.
     */
    @Test
    void precessionAtTheLarmorFrequency() {
        try (LlgEngine engine = macrospin(0, Math.PI / 2, RunControl.Precision.FP64, true)) {
            Stepper heun = new Heun(1e-14);
            heun.attach(engine);
            double omega = PhysicalConstants.GAMMA * B;
            double phase = 0;
            double last = 0;
            while (engine.time() < 4 * Math.PI / omega - 1e-16) {
                heun.advance(engine, 1e-14);
                double[] m = engine.magnetization();
                double now = Math.atan2(m[1], m[0]);
                phase += Math.IEEEremainder(now - last, 2 * Math.PI);
                last = now;
            }
            assertThat(phase / engine.time()).isCloseTo(omega, within(1e-6 * omega));
        }
    }

    static Stream<Stepper> steppers() {
        return Stream.of(new Heun(2e-14), new Rk4(1e-13), new DormandPrince45(1e-14, 1e-7, 1e-18, 1e-12));
    }

    /**
     * With damping, m_z(t) = tanh(gamma alpha B t / (1 + alpha^2) + atanh(m_z(0))) exactly. Compared every 10 ps over
     * 0.5 ns from 170 degrees (nearly reversed): global errors are Heun ~(omega dt)^2 ~ 1e-5, RK4 ~(omega dt)^4
     * ~ 1e-7, RK45 ~ its per-step tolerance 1e-7 times the number of steps; fp64. Tolerance 5e-5 on m_z.
     */
    @ParameterizedTest
    @MethodSource("steppers")
    void dampedMacrospinFollowsTanhSolution(Stepper stepper) {
        double alpha = 0.1;
        double theta0 = Math.toRadians(170);
        try (LlgEngine engine = macrospin(alpha, theta0, RunControl.Precision.FP64,
                !(stepper instanceof DormandPrince45))) {
            stepper.attach(engine);
            double rate = PhysicalConstants.GAMMA * alpha * B / (1 + alpha * alpha);
            for (int k = 1; k <= 50; k++) {
                double target = k * 1e-11;
                while (engine.time() < target - 1e-20) {
                    stepper.advance(engine, target - engine.time());
                }
                double expected = Math.tanh(rate * engine.time() + atanh(Math.cos(theta0)));
                assertThat(engine.magnetization()[2]).as("m_z at t = %g s (%s)", engine.time(), stepper.name())
                        .isCloseTo(expected, within(5e-5));
            }
        }
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
