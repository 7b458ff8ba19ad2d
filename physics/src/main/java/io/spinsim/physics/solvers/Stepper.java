package io.spinsim.physics.solvers;

import io.spinsim.physics.engine.LlgEngine;

/** A time integrator: advances the engine's state by one accepted step. */
public interface Stepper {

    /** Loads the method's coefficients into the engine; call once before stepping. */
    void attach(LlgEngine engine);

    /**
     * Advances by one accepted step no longer than {@code maxDt}.
     *
     * @return the time step taken, s
     */
    double advance(LlgEngine engine, double maxDt);

    String name();
}
