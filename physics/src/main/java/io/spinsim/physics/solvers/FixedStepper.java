package io.spinsim.physics.solvers;

import io.spinsim.physics.engine.LlgEngine;

/** A Runge-Kutta method run with a fixed step (shortened only to land on output times). */
abstract class FixedStepper extends RungeKuttaStepper {

    private final double dt;

    FixedStepper(ButcherTableau tableau, double dt) {
        super(tableau);
        this.dt = dt;
    }

    @Override
    public double advance(LlgEngine engine, double maxDt) {
        double h = Math.min(dt, maxDt);
        engine.beginStep(h);
        engine.accept(trial(engine, h), h);
        return h;
    }
}
