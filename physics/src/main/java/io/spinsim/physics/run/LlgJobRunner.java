package io.spinsim.physics.run;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Outputs;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.EngineSetup;
import io.spinsim.physics.engine.EnergyTerm;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.outputs.AverageMagnetization;
import io.spinsim.physics.outputs.MzImage;
import io.spinsim.physics.outputs.OvfWriter;
import io.spinsim.physics.outputs.SkyrmionDetector;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.outputs.Table;
import io.spinsim.physics.outputs.TopologicalCharge;
import io.spinsim.physics.relax.Relaxer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs an {@code llg} job: builds the engine from the spec, relaxes if asked, integrates, and returns an
 * {@link LlgSummary} with the artifacts {@code table.csv} (t_s, <m>, energies, Q ...), {@code mz.png}, {@code m.ovf}
 * (OVF 2.0), {@code skyrmions.json} and, on a snapshot schedule, {@code mz_NNNN.png} / {@code m_NNNN.ovf}.
 * Stateless: safe for concurrent jobs.
 */
public final class LlgJobRunner implements JobRunner<LlgSpec> {

    @Override
    public JobType<LlgSpec> type() {
        return JobTypes.LLG;
    }

    @Override
    public JobOutcome run(LlgSpec spec, JobContext context) {
        context.progress(0, "building the engine");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        EngineSetup setup = model.setup();
        try (LlgEngine engine = SimulationBuilder.engine(spec, setup)) {
            Relaxer.Result relaxed = null;
            if (spec.relax() != null) {
                context.progress(0, "relaxing");
                relaxed = Relaxer.apply(engine, spec.relax());
            }
            Simulation simulation = new Simulation(engine, SimulationBuilder.stepper(spec.run()));
            Table table = new Table(OutputPlan.tableQuantities(spec, model));
            table.add(simulation.snapshot(true));
            List<Artifact> artifacts = new ArrayList<>();
            List<Simulation.Schedule> schedules = new ArrayList<>();
            schedules.add(new Simulation.Schedule(spec.tableIntervalS(), true, table::add));
            if (spec.outputs().snapshot_interval_s() != null) {
                int[] count = {0};
                schedules.add(new Simulation.Schedule(spec.outputs().snapshot_interval_s(), false,
                        s -> artifacts.addAll(snapshotArtifacts(spec, s, count[0]++))));
            }
            long evaluationsBefore = engine.evaluations();
            long start = System.nanoTime();
            simulation.run(spec.run().duration_s(), schedules, context::progress);
            double wall = (System.nanoTime() - start) * 1e-9;
            Snapshot last = simulation.snapshot(true);
            artifacts.addAll(finalArtifacts(spec, table, last));
            context.progress(1, "done");
            double rate = wall > 0 ? (engine.evaluations() - evaluationsBefore) / wall : 0;
            return new JobOutcome(summary(spec, engine, simulation, last, relaxed, wall, rate), artifacts);
        }
    }

    private static List<Artifact> snapshotArtifacts(LlgSpec spec, Snapshot s, int index) {
        String suffix = String.format(Locale.ROOT, "_%04d", index);
        List<Artifact> list = new ArrayList<>(List.of(Artifact.png("mz" + suffix + ".png", MzImage.png(s))));
        if (spec.outputs().ovf() != Outputs.Ovf.NONE) {
            list.add(ovf("m" + suffix + ".ovf", s, spec.outputs().ovf()));
        }
        return list;
    }

    private static List<Artifact> finalArtifacts(LlgSpec spec, Table table, Snapshot last) {
        List<Artifact> list = new ArrayList<>(List.of(Artifact.csv("table.csv", table.csv())));
        if (spec.outputs().mz_png()) {
            list.add(Artifact.png("mz.png", MzImage.png(last)));
        }
        if (spec.outputs().ovf() != Outputs.Ovf.NONE) {
            list.add(ovf("m.ovf", last, spec.outputs().ovf()));
        }
        if (spec.outputs().topology()) {
            List<SkyrmionDetector.Skyrmion> all = new ArrayList<>();
            for (int l = 0; l < last.grid().nz(); l++) {
                all.addAll(SkyrmionDetector.detect(last, l));
            }
            list.add(Artifact.json("skyrmions.json", SpecReader.mapper().writeValueAsBytes(all)));
        }
        return list;
    }

    private static Artifact ovf(String name, Snapshot s, Outputs.Ovf format) {
        return new Artifact(name, "application/octet-stream", OvfWriter.write(s, format == Outputs.Ovf.BINARY4));
    }

    private static LlgSummary summary(LlgSpec spec, LlgEngine engine, Simulation simulation, Snapshot last,
                                      Relaxer.Result relaxed, double wall, double cellEvalsPerS) {
        int layers = last.grid().nz();
        List<List<Double>> perLayer = new ArrayList<>();
        List<Double> charge = new ArrayList<>();
        List<Integer> skyrmions = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            int layer = l;
            perLayer.add(list(new AverageMagnetization("", i -> last.grid().layerOf(i) == layer).values(last)));
            charge.add(TopologicalCharge.lattice(last, l));
            skyrmions.add(SkyrmionDetector.detect(last, l).size());
        }
        Map<String, Double> energies = new LinkedHashMap<>();
        for (EnergyTerm term : EnergyTerm.values()) {
            energies.put(term.column(), last.energies().of(term));
        }
        return new LlgSummary(spec.name(), list(AverageMagnetization.whole().values(last)), perLayer,
                last.energies().total(), energies, charge, skyrmions, relaxed, engine.time(), simulation.steps(),
                engine.evaluations(), wall, cellEvalsPerS, engine.backend(),
                spec.run().integrator().name().toLowerCase(Locale.ROOT), spec);
    }

    private static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }
}
