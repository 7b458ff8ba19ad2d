package io.spinsim.physics.relax;

import io.spinsim.jobs.llg.Relax;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.solvers.DormandPrince45;

/**
 * Energy minimization: damping-only dynamics dm/dt = -gamma m x (m x B) (precession, thermal noise and time-dependent
 * drives off; the energy decreases monotonically along it), integrated with adaptive Dormand-Prince until the largest
 * torque |m x B| falls below a threshold. The run's clock is left where it was.
 */
public final class Relaxer {

    /** Per-step error allowed while relaxing: the path does not matter, only the end state. */
    private static final double TOLERANCE = 1e-4;
    private static final int STEPS_PER_CHECK = 20;

    /**
     * @param torque    final largest |m x B|, T
     * @param time_s    relaxation time integrated (damped dynamics; 0 for minimization)
     * @param steps     integration steps or descent iterations
     * @param converged whether the torque went below the threshold
     */
    public record Result(double torque, double time_s, long steps, boolean converged) {
    }

    private Relaxer() {
    }

    /** Relaxes as a spec's {@code relax} asks: Barzilai-Borwein minimization or damped dynamics. */
    public static Result apply(LlgEngine engine, Relax relax) {
        return relax.method() == Relax.Method.MINIMIZE
                ? Minimizer.minimize(engine, relax.max_torque_T(), relax.max_iterations())
                : relax(engine, relax.max_torque_T(), relax.max_time_s());
    }

    /** Relaxes the engine's state; the caller re-attaches its own stepper afterwards. */
    public static Result relax(LlgEngine engine, double maxTorqueT, double maxTime) {
        double clock = engine.time();
        engine.setRelaxing(true);
        DormandPrince45 stepper = new DormandPrince45(1e-13, TOLERANCE, 1e-18, 1e-11);
        stepper.attach(engine);
        long steps = 0;
        double torque = engine.maxTorqueT();
        while (torque > maxTorqueT && engine.time() - clock < maxTime) {
            for (int i = 0; i < STEPS_PER_CHECK && engine.time() - clock < maxTime; i++) {
                stepper.advance(engine, clock + maxTime - engine.time());
                steps++;
            }
            torque = engine.maxTorqueT();
        }
        Result result = new Result(torque, engine.time() - clock, steps, torque <= maxTorqueT);
        engine.setTime(clock);
        engine.setRelaxing(false);
        return result;
    }
}
