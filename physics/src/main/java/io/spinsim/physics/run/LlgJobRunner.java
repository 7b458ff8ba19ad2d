package io.spinsim.physics.run;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.physics.engine.EngineSetup;
import io.spinsim.physics.engine.EnergyTerm;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.kernel.KernelShape;
import io.spinsim.physics.outputs.AverageMagnetization;
import io.spinsim.physics.outputs.EnergyQuantity;
import io.spinsim.physics.outputs.MzImage;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.outputs.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@code llg} job: builds the engine from the spec, integrates, writes {@code table.csv} (t_s, <m>, energies)
 * and {@code mz.png}, and returns an {@link LlgSummary}. Stateless: safe for concurrent jobs.
 */
public final class LlgJobRunner implements JobRunner<LlgSpec> {

    @Override
    public JobType<LlgSpec> type() {
        return JobTypes.LLG;
    }

    @Override
    public JobOutcome run(LlgSpec spec, JobContext context) {
        context.progress(0, "building the engine");
        EngineSetup setup = SimulationBuilder.setup(spec);
        KernelShape shape = KernelShape.of(setup.grid(), setup.regions().size(),
                setup.demagMode() == FusedKernel.DEMAG_FFT, setup.temperatureK() > 0);
        FusedKernel kernel = Backends.kernel(shape, spec.run().precision());
        try (LlgEngine engine = new LlgEngine(setup, kernel, Backends.executor(spec.run().backend()))) {
            engine.setMagnetization(SimulationBuilder.initialState(spec.initial(), setup.grid()));
            Simulation simulation = new Simulation(engine, SimulationBuilder.stepper(spec.run()));
            Table table = new Table(List.of(AverageMagnetization.whole(), new EnergyQuantity()));
            table.add(simulation.snapshot(true));
            long start = System.nanoTime();
            simulation.run(spec.run().duration_s(), spec.tableIntervalS(), true, table::add, context::progress);
            double wall = (System.nanoTime() - start) * 1e-9;
            Snapshot last = simulation.snapshot(true);
            List<Artifact> artifacts = new ArrayList<>();
            artifacts.add(Artifact.csv("table.csv", table.csv()));
            if (spec.outputs().mz_png()) {
                artifacts.add(Artifact.png("mz.png", MzImage.png(last)));
            }
            context.progress(1, "done");
            return new JobOutcome(summary(spec, engine, simulation, last, wall), artifacts);
        }
    }

    private static LlgSummary summary(LlgSpec spec, LlgEngine engine, Simulation simulation, Snapshot last,
                                      double wall) {
        double[] m = AverageMagnetization.whole().values(last);
        Map<String, Double> energies = new LinkedHashMap<>();
        for (EnergyTerm term : EnergyTerm.values()) {
            energies.put(term.column(), last.energies().of(term));
        }
        return new LlgSummary(spec.name(), List.of(m[0], m[1], m[2]), last.energies().total(), energies,
                engine.time(), simulation.steps(), engine.evaluations(), wall,
                wall > 0 ? engine.evaluations() / wall : 0, engine.backend(), spec.run().integrator().name()
                .toLowerCase(java.util.Locale.ROOT), spec);
    }
}
