package io.spinsim.devices.characterization;

import io.spinsim.devices.llg.DeviceSimulation;
import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.profile.ProfileArtifacts;
import io.spinsim.devices.resistance.WriteEnergy;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.device.DeviceVariation;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.device.SynapseProtocol;
import io.spinsim.jobs.device.WriteEnergyModel;
import io.spinsim.jobs.llg.Mesh;
import io.spinsim.jobs.llg.Shape;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.ProfileSource;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.profile.UpdateCost;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.physics.outputs.MzImage;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.relax.Relaxer;
import io.spinsim.physics.run.Simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code synapse-characterization} jobs: integrates the micromagnetic synapse through the LTP then LTD pulse
 * trains on the physics engine, reads skyrmions, Q and conductance under the detector after every pulse, and turns
 * the reads into metrics and a device profile. With several devices (Ku and D drawn per device) and cycles (thermal
 * seed per cycle), every cycle is its own run from the relaxed initial state, and the level spread splits into
 * device-to-device and cycle-to-cycle parts ({@link LevelStatistics#levelsOfCycles}).
 */
public final class SynapseCharacterizationRunner implements JobRunner<SynapseCharacterizationSpec> {

    @Override
    public JobType<SynapseCharacterizationSpec> type() {
        return JobTypes.SYNAPSE_CHARACTERIZATION;
    }

    @Override
    public JobOutcome run(SynapseCharacterizationSpec spec, JobContext context) {
        context.progress(0, "building the engine");
        SynapseReadout readout = readout(spec);
        List<DeviceVariation.Draw> draws = spec.variation().draws(spec.devices());
        List<List<List<PulseSample>>> traces = new ArrayList<>();
        List<Artifact> images = new ArrayList<>();
        Relaxer.Result relaxed = null;
        long steps = 0;
        String backend = null;
        int runs = spec.runs();
        for (int d = 0; d < spec.devices(); d++) {
            List<List<PulseSample>> cycles = new ArrayList<>();
            for (int c = 0; c < spec.cycles(); c++) {
                int index = d * spec.cycles() + c;
                JobContext part = runs == 1 ? context : new PartContext(context, index, runs,
                        "device " + (d + 1) + "/" + spec.devices() + ", cycle " + (c + 1) + "/" + spec.cycles() + ": ");
                List<PulseSample> trace = new ArrayList<>();
                try (DeviceSimulation device = new DeviceSimulation(spec.run(d, c, draws.get(d)), part)) {
                    runCycle(device.simulation(), spec.protocol(), readout, trace, index == 0 ? images : null, part);
                    if (index == 0) {
                        relaxed = device.relaxed();
                        backend = device.backend();
                    }
                    steps += device.simulation().steps();
                }
                cycles.add(trace);
            }
            traces.add(cycles);
        }
        context.progress(1, "analysing");
        return outcome(spec, traces, draws, images, relaxed, steps, backend, context.jobId().toString());
    }

    /** One LTP + LTD train from the device's initial state, read after every pulse; images when asked for. */
    private static void runCycle(Simulation simulation, SynapseProtocol protocol, SynapseReadout readout,
                                 List<PulseSample> trace, List<Artifact> images, JobContext context) {
        List<Artifact> sink = images != null ? images : new ArrayList<>();
        Snapshot start = simulation.snapshot(false);
        trace.add(readout.read(PulseSample.Phase.LTP, 0, start));
        if (images != null) {
            images.add(Artifact.png("mz_start.png", MzImage.png(start)));
        }
        simulation.run(protocol.durationS(), List.of(new Simulation.Schedule(protocol.period_s(), false,
                s -> record(s, protocol, readout, trace, sink, images != null))), context::progress);
    }

    /** Progress of run {@code index} of {@code runs} as its share of the job's. */
    private record PartContext(JobContext job, int index, int runs, String prefix) implements JobContext {
        @Override
        public java.util.UUID jobId() {
            return job.jobId();
        }

        @Override
        public void progress(double fraction, String message) {
            job.progress((index + fraction) / runs, message == null ? prefix : prefix + message);
        }

        @Override
        public io.spinsim.jobs.run.ArtifactSource artifacts() {
            return job.artifacts();
        }
    }

    /**
     * Read after pulse n = 1, 2, ... (the n-th period end): LTP reads 1..ltp; the last LTP read is also LTD read 0,
     * then LTD reads 1..ltd.
     */
    private static void record(Snapshot s, SynapseProtocol protocol, SynapseReadout readout, List<PulseSample> trace,
                               List<Artifact> images, boolean withImages) {
        int n = (int) Math.round(s.t() / protocol.period_s());
        if (n <= protocol.ltp_pulses()) {
            PulseSample read = readout.read(PulseSample.Phase.LTP, n, s);
            trace.add(read);
            if (n == protocol.ltp_pulses()) {
                trace.add(new PulseSample(PulseSample.Phase.LTD, 0, read.timeS(), read.skyrmions(),
                        read.topologicalCharge(), read.conductanceS()));
                if (withImages) {
                    images.add(Artifact.png("mz_after_ltp.png", MzImage.png(s)));
                }
            }
        } else {
            trace.add(readout.read(PulseSample.Phase.LTD, n - protocol.ltp_pulses(), s));
            if (withImages && n == protocol.ltp_pulses() + protocol.ltd_pulses()) {
                images.add(Artifact.png("mz_after_ltd.png", MzImage.png(s)));
            }
        }
    }

    static SynapseReadout readout(SynapseCharacterizationSpec spec) {
        Mesh mesh = spec.device().mesh();
        Shape d = spec.readout().detector();
        CellRegion cells = new CellRegion(cell(d.x_min_m(), mesh.dx_m()), cell(d.y_min_m(), mesh.dy_m()),
                cell(d.x_max_m(), mesh.dx_m()), cell(d.y_max_m(), mesh.dy_m()));
        return new SynapseReadout(spec.readout().layer(), cells,
                DetectorConductances.of(spec.readout(), mesh.dx_m() * mesh.dy_m()));
    }

    /** First cell whose centre lies at or beyond x. */
    private static int cell(double xM, double dxM) {
        return (int) Math.ceil(xM / dxM - 0.5);
    }

    private static JobOutcome outcome(SynapseCharacterizationSpec spec, List<List<List<PulseSample>>> traces,
                                      List<DeviceVariation.Draw> draws, List<Artifact> images, Relaxer.Result relaxed,
                                      long steps, String backend, String jobId) {
        SynapseMetrics m = new SynapseCharacterization(spec.tolerance()).analyzeCycles(traces);
        SynapseProtocol protocol = spec.protocol();
        WriteEnergy energy = writeEnergy(spec.energy(), spec.device().mesh());
        double j = Math.abs(spec.device().currents().get(0).j_A_per_m2());
        double perPulse = energy.energyJ(j, protocol.pulse_width_s()); // seed 001 eq.6 over one pulse
        DeviceProfile profile = ProfileFromCharacterization.profile(spec.name(), "skyrmion-synapse",
                new ProfileSource("simulated", jobId, "synapse-characterization (LLG) of " + spec.device().name()),
                m, new PulseProtocol(j, protocol.pulse_width_s(), protocol.period_s(), protocol.ltp_pulses(),
                        protocol.ltd_pulses()),
                new UpdateCost(perPulse, protocol.period_s()), new ReadConditions(spec.read_voltage_V(), null));
        Map<String, Object> summary = ProfileArtifacts.windowSummary(profile);
        summary.put("distinct_states", m.distinctStates());
        summary.put("skyrmion_counts_seen", m.levels().stream().map(MeasuredLevel::skyrmions).toList());
        summary.put("levels_monotonic_in_skyrmions", m.monotonic());
        summary.put("r2_ltp", finite(m.ltp().r2()));
        summary.put("r2_ltd", finite(m.ltd().r2()));
        summary.put("nl_ltp", finite(m.ltp().nonlinearity().label()));
        summary.put("nl_ltd", finite(-m.ltd().nonlinearity().label()));
        summary.put("asymmetry", finite(m.asymmetry()));
        summary.put("energy_per_pulse_J", perPulse);
        // seed 001's figure: eq.6 over the time the full swing takes, divided by the states it crosses
        double swing = energy.energyJ(j, m.ltp().lastPulse() * protocol.period_s());
        summary.put("energy_full_swing_J", swing);
        summary.put("energy_per_state_J", swing / Math.max(1, m.distinctStates() - 1));
        summary.put("devices", spec.devices());
        summary.put("cycles", spec.cycles());
        if (spec.runs() > 1) {
            summary.put("device_ku_factors", draws.stream().map(DeviceVariation.Draw::kuFactor).toList());
            summary.put("device_dmi_factors", draws.stream().map(DeviceVariation.Draw::dmiFactor).toList());
            summary.put("level_spread", m.levels().stream().map(l -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("skyrmions", l.skyrmions());
                row.put("g_S", l.meanS());
                row.put("sigma_d2d_S", l.sigmaD2dS());
                row.put("sigma_c2c_S", l.sigmaC2cS());
                row.put("reads", l.reads());
                return row;
            }).toList());
            summary.put("sigma_d2d_mean_S", m.levels().stream().mapToDouble(MeasuredLevel::sigmaD2dS).average()
                    .orElse(0));
            summary.put("sigma_c2c_mean_S", m.levels().stream().mapToDouble(MeasuredLevel::sigmaC2cS).average()
                    .orElse(0));
        }
        summary.put("relaxed", relaxed);
        summary.put("llg_steps", steps);
        summary.put("backend", backend);
        List<Artifact> artifacts = new ArrayList<>();
        if (profile.levels().size() >= 2) {
            artifacts.add(ProfileArtifacts.json(profile));
            artifacts.add(ProfileArtifacts.levelsCsv(profile));
        } else {
            summary.put("artifact", null);
            summary.put("no_profile", "the detector read " + profile.levels().size()
                    + " distinct state: a profile needs at least 2");
        }
        artifacts.add(Artifact.csv("pulses.csv", pulsesCsv(traces, profile)));
        artifacts.addAll(images);
        return new JobOutcome(summary, artifacts);
    }

    static WriteEnergy writeEnergy(WriteEnergyModel e, Mesh mesh) {
        double length = e.length_m() != null ? e.length_m() : mesh.nx() * mesh.dx_m();
        double width = e.width_m() != null ? e.width_m() : mesh.ny() * mesh.dy_m();
        return new WriteEnergy(e.resistivity_ohm_m(), length, width * e.thickness_m());
    }

    /** One row per read; device and cycle columns only when the job ran more than one. */
    private static String pulsesCsv(List<List<List<PulseSample>>> traces, DeviceProfile profile) {
        boolean many = traces.size() > 1 || traces.get(0).size() > 1;
        StringBuilder csv = new StringBuilder(many ? "device,cycle," : "")
                .append("phase,pulse,t_s,skyrmions,q,g_S,weight\n");
        for (int d = 0; d < traces.size(); d++) {
            for (int c = 0; c < traces.get(d).size(); c++) {
                for (PulseSample s : traces.get(d).get(c)) {
                    // seed 001 eq.5
                    double w = profile.gMaxS() > profile.gMinS()
                            ? (s.conductanceS() - profile.gMinS()) / (profile.gMaxS() - profile.gMinS()) : 0;
                    if (many) {
                        csv.append(d).append(',').append(c).append(',');
                    }
                    csv.append(s.phase()).append(',').append(s.pulse()).append(',').append(s.timeS()).append(',')
                            .append(s.skyrmions()).append(',').append(s.topologicalCharge()).append(',')
                            .append(s.conductanceS()).append(',').append(w).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
