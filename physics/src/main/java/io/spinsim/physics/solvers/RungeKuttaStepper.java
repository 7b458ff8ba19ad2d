package io.spinsim.physics.solvers;

import io.spinsim.physics.engine.LlgEngine;

/**
 * Runs the stages of an explicit Runge-Kutta tableau on the engine: stage 0 at the accepted slot, later stages
 * ping-pong between the two other slots, and the combination into a free slot.
 */
abstract class RungeKuttaStepper implements Stepper {

    private final ButcherTableau tableau;

    RungeKuttaStepper(ButcherTableau tableau) {
        this.tableau = tableau;
    }

    @Override
    public void attach(LlgEngine engine) {
        engine.useTableau(tableau.flatA(), tableau.paddedB(), tableau.paddedE(), tableau.stages(), tableau.embedded());
    }

    /** Evaluates every stage for a step of dt and combines; returns the slot holding the candidate state. */
    final int trial(LlgEngine engine, double dt) {
        int cur = engine.currentSlot();
        int first = (cur + 1) % 3;
        int second = (cur + 2) % 3;
        int src = cur;
        int dst = first;
        for (int s = 0; s < tableau.stages(); s++) {
            engine.stage(s, engine.time() + tableau.c()[s] * dt, src, dst, dt);
            src = dst;
            dst = dst == first ? second : first;
        }
        engine.combine(first, dt);
        return first;
    }
}
