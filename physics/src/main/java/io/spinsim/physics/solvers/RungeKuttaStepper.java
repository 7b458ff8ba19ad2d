package io.spinsim.physics.solvers;

import io.spinsim.physics.engine.LlgEngine;

/**
 * Runs the stages of an explicit Runge-Kutta tableau on the engine: stage 0 at the accepted slot, later stages
 * ping-pong between the two other slots, and the combination into a free slot (fused into the last stage when the
 * method has no error estimate).
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
        int last = tableau.stages() - 1;
        for (int s = 0; s < last; s++) {
            engine.stage(s, engine.time() + tableau.c()[s] * dt, src, dst, dt);
            src = dst;
            dst = dst == first ? second : first;
        }
        double t = engine.time() + tableau.c()[last] * dt;
        if (tableau.embedded()) {
            engine.stage(last, t, src, dst, dt);
            engine.combine(first, dt);
            return first;
        }
        // no error estimate: the last stage writes the step itself into the slot it does not read
        engine.finalStage(last, t, src, dst, dt);
        return dst;
    }
}
