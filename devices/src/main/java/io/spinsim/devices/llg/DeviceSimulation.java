package io.spinsim.devices.llg;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.physics.engine.EngineSetup;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.relax.Relaxer;
import io.spinsim.physics.run.Simulation;
import io.spinsim.physics.run.SimulationBuilder;

/**
 * A micromagnetic device ready to run on the physics engine: built from its {@code llg} spec the way an llg job is
 * (geometry, regions, drives, initial state with skyrmion seeds, optional relaxation by the spec's method), on the
 * kernel an llg job would take ({@link SimulationBuilder#engine}), clock at 0.
 */
public final class DeviceSimulation implements AutoCloseable {

    private final LlgEngine engine;
    private final Simulation simulation;
    private final Relaxer.Result relaxed;

    public DeviceSimulation(LlgSpec device, JobContext context) {
        EngineSetup setup = SimulationBuilder.build(device).setup();
        engine = SimulationBuilder.engine(device, setup);
        if (device.relax() != null) {
            context.progress(0, "relaxing");
            relaxed = Relaxer.apply(engine, device.relax());
        } else {
            relaxed = null;
        }
        simulation = new Simulation(engine, SimulationBuilder.stepper(device.run()));
    }

    public Simulation simulation() {
        return simulation;
    }

    /** Result of the relaxation before t = 0, null when the spec asks for none. */
    public Relaxer.Result relaxed() {
        return relaxed;
    }

    public String backend() {
        return engine.backend();
    }

    @Override
    public void close() {
        engine.close();
    }
}
