package io.spinsim.physics.validation;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.KernelChoice;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.kernel.JavaExecutor;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.relax.Relaxer;
import io.spinsim.physics.run.InitialMagnetization;
import io.spinsim.physics.run.SimulationBuilder;
import io.spinsim.physics.solvers.Stepper;

/** A spec turned into an engine (Java path) with its stepper, for validation tests that drive it step by step. */
final class SpecRun implements AutoCloseable {

    final LlgSpec spec;
    final LlgEngine engine;
    final Stepper stepper;

    SpecRun(String json) {
        spec = new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        engine = new LlgEngine(model.setup(), KernelChoice.kernel(model.setup(), spec.run().precision(),
                KernelChoice.fixedStepOnly(spec.run(), spec.relax())),
                JavaExecutor.allCores());
        engine.setMagnetization(InitialMagnetization.of(spec, model.setup().grid()));
        if (spec.relax() != null) {
            Relaxer.Result r = Relaxer.apply(engine, spec.relax());
            if (!r.converged()) {
                throw new IllegalStateException("relaxation did not converge: " + r);
            }
        }
        stepper = SimulationBuilder.stepper(spec.run());
        stepper.attach(engine);
    }

    /** Integrates to absolute time t. */
    void runTo(double t) {
        while (engine.time() < t - 1e-21) {
            stepper.advance(engine, t - engine.time());
        }
    }

    Snapshot snapshot(boolean energies) {
        return new Snapshot(engine.time(), engine.grid(), engine.magnetization(),
                energies ? engine.energies() : null, engine.setup().regionOfCell());
    }

    @Override
    public void close() {
        engine.close();
    }
}
